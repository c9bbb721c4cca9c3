# str() and repr() of numbers and string-to-number round trips.
for v in [0, -0, 42, -42, 2 ** 63, 1.0, -1.5, 1e300, 1.25e-10]:
    print(str(v), repr(v), type(v).__name__)
print(str(1.0) == "1.0", str(10.0 ** 16), str(10.0 ** 15))
print(float(repr(0.1)) == 0.1, int(str(-123)) == -123)
print(float("1e500"), float("-1e500"), float("1e-500"))
print(str(True + 0.0), str(3 * 1.1))
print(f"{12}", f"{-0.0}", "%s %r" % (1.5, 2))
