# range repr, len, indexing, membership.
r = range(10)
print(r, range(1, 10), range(1, 10, 2), range(10, 0, -3), range(0))
print(len(r), len(range(1, 10, 2)), len(range(10, 0, -3)), len(range(5, 1)), len(range(-5)))
print(r[0], r[-1], r[5], range(10, 0, -3)[1], range(10, 0, -3)[-1])
print(list(range(10, 0, -3)), list(range(-3, 3)), list(range(5, 1)))
print(5 in r, 10 in r, -1 in r, 4 in range(0, 10, 2), 5 in range(0, 10, 2), 2.0 in r)
print(range(0, 10, 2).index(6), range(10).count(3))
print(range(3) == range(3), range(0) == range(5, 1), range(1, 5, 2) == range(1, 4, 2))
print(sum(range(101)), max(range(7)), list(reversed(range(4))))
try:
    r[10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    range(1, 2, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    range(1.5)
except TypeError as e:
    print(type(e).__name__, e)
