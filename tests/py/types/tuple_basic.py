# Tuple repr, hashing, count and index.
print((1,), (), (1, 2), tuple(), tuple([1, 2]), tuple("ab"))
t = 1, 2, 3
print(t, type(t).__name__, len(t))
single = 5,
print(single, (5), ((5,),))
print(hash((1, 2)) == hash((1, 2)), (1, 2) == (1, 2), (1, 2) != (2, 1))
d = {(0, 0): "origin", (1, 2): "p"}
print(d[(0, 0)], d[1, 2])
u = (1, 2, 2, 3, 2)
print(u.count(2), u.index(2), u.index(2, 2), u.index(3))
try:
    u.index(9)
except ValueError as e:
    print(type(e).__name__, e)
print(t + (4,), t * 2, t[1:], t[::-1], 2 in t)
try:
    t[0] = 9
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash(([1],))
except TypeError as e:
    print(type(e).__name__, e)
