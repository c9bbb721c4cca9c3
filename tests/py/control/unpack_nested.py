# Nested and swapping tuple unpacking.
(a, b), c = (1, 2), 3
print(a, b, c)
a, (b, (c, d)) = 1, [2, (3, 4)]
print(a, b, c, d)
x, y = 1, 2
x, y = y, x
print(x, y)
x, y, z = 1, 2, 3
x, y, z = z, x, y
print(x, y, z)
[p, q] = "pq"
print(p, q)
(m, *n), o = [1, 2, 3], 4
print(m, n, o)
data = [("a", (1, 2)), ("b", (3, 4))]
for name, (lo, hi) in data:
    print(name, hi - lo)
i = 0
arr = [10, 20]
i, arr[i] = 1, 99
print(i, arr)
