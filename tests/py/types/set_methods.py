# set methods on small ints.
s = {3, 1, 2}
s.add(4)
s.add(1)
print(s, len(s))
s.discard(10)
s.discard(4)
print(s)
s.remove(3)
print(s)
try:
    s.remove(3)
except KeyError as e:
    print(type(e).__name__, e)
a, b = {1, 2, 3, 4}, {3, 4, 5}
print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print(sorted(a.union([9], (8,))), a.intersection(range(3)))
print({1, 2}.issubset(a), a.issuperset({1, 5}), a.isdisjoint({7, 8}), a.isdisjoint(b))
c = {5, 6}
c.update([7], {8})
print(sorted(c))
c.intersection_update({5, 7, 9})
print(c)
c.difference_update({5})
print(c)
c.symmetric_difference_update({7, 1})
print(c)
x = {42}
print(x.pop(), x)
try:
    x.pop()
except KeyError as e:
    print(type(e).__name__, e)
