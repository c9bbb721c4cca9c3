# str.format with positional, keyword, index and attribute fields.
print("{} + {} = {}".format(1, 2, 3))
print("{0}{1}{0}".format("ab", "cd"))
print("{name} is {age}".format(name="Ann", age=30))
print("{0[1]} {0[0]}".format(["x", "y"]))
print("{d[key]} {d[other]}".format(d={"key": 1, "other": 2}))
print("{0.real} {0.imag}".format(5))
print("{:>6}|{:<6}|{:^6}|".format("a", "b", "c"))
print("{0:.2f} {1:5d} {2!r} {2!s}".format(3.14159, 42, "s"))
print("{{literal}} {}".format("x"))
print("{:*^11}".format("mid"))
try:
    "{} {}".format(1)
except IndexError as e:
    print(type(e).__name__, e)
try:
    "{x}".format(y=1)
except KeyError as e:
    print(type(e).__name__, e)
