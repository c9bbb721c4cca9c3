# Chained assignment and aliasing.
a = b = c = 5
print(a, b, c)
x = y = []
x.append(1)
print(x, y, x is y)
d = {}
d["k"] = d["j"] = 0
print(d)
lst = [0, 0, 0]
i = lst[0] = 2
print(i, lst)
p = q = r = "s"
p += "t"
print(p, q, r)
m, n = o = (1, 2)
print(m, n, o)
