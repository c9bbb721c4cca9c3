# reverse, copy, clear.
a = [1, 2, [3, 4]]
b = a.copy()
c = a[:]
a.reverse()
print(a, b, c)
b[2].append(5)
print(a, b, c)
print(b == c, b is c)
a.clear()
print(a, b)
d = list(reversed([1, 2, 3]))
print(d)
e = []
e.reverse()
print(e)
