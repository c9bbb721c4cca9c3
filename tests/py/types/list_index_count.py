# index and count.
a = ["a", "b", "c", "b", "a", "b"]
print(a.index("b"), a.index("b", 2), a.index("b", 4), a.index("a", -2))
print(a.count("b"), a.count("z"), [1, 1.0, True].count(1))
print([[1], [1], 1].count([1]))
try:
    a.index("z")
except ValueError as e:
    print(type(e).__name__, e)
try:
    a.index("a", 1, 3)
except ValueError as e:
    print(type(e).__name__, e)
