# Chained, tuple, starred, attribute and subscript assignment targets.
a = b = c = [1]
print(a, b, c, a is c)
x, y = 1, 2
x, y = y, x
print(x, y)
(p, q), r = (3, 4), 5
print(p, q, r)
[m, n] = "mn"
print(m, n)
first, *rest = range(5)
print(first, rest)
*init, last = "abc"
print(init, last)
h, *mid, t = 1, 2
print(h, mid, t)
(i, *j), k = [1, 2, 3], 4
print(i, j, k)
class O:
    pass
o = O()
o.attr = 10
o.attr2, o.attr3 = "x", "y"
print(o.attr, o.attr2, o.attr3)
lst = [0, 0, 0]
lst[0], lst[2] = "first", "third"
print(lst)
d = {}
d["k"] = d2 = {}
d2["inner"] = 1
print(d)
lst[1:2] = [7, 8, 9]
print(lst)
i = 0
arr = [10, 20]
i, arr[i] = 1, 99
print(i, arr)
for idx, (ch, num) in enumerate(zip("ab", [1, 2])):
    print(idx, ch, num)
u = v = w = 0
u += 1
print(u, v, w)
try:
    e1, e2 = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    f1, f2, f3 = [1, 2]
except ValueError as e:
    print(e)
