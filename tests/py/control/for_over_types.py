# for over str, dict, range, tuple, set of ints, file-like iterables.
for ch in "héy":
    print(ch, end=" ")
print()
d = {"b": 2, "a": 1}
for k in d:
    print(k, d[k])
for k, v in d.items():
    print(k, "->", v)
for v in d.values():
    print(v)
for i in range(10, 0, -4):
    print(i)
for t in (1, "two", 3.0):
    print(repr(t))
for x in sorted({3, 1, 2}):
    print(x)
for (a, b), c in [((1, 2), 3), ((4, 5), 6)]:
    print(a + b + c)
