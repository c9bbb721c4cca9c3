# Identity tests and truth values.
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
print(None is None, type(None).__name__)
x = None
print(x is None, x is not None, not x)
for v in [0, 0.0, "", [], (), {}, set(), range(0), None, False]:
    print(repr(v), bool(v), "falsy" if not v else "truthy")
for v in [1, -0.5, " ", [[]], (0,), {0: 0}, {0}, range(1), True]:
    print(repr(v), bool(v))
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, "" or "default", [] or None)
