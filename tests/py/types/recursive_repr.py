# repr of recursive containers.
a = [1, 2]
a.append(a)
print(a)
b = [a, a]
print(b)
d = {"self": None}
d["self"] = d
print(d)
c = [[]]
c[0].append(c)
print(c)
e = {}
e[1] = [e]
print(e)
print(len(a), a[2] is a, a[2][2][2] is a)
