# Tuple comparison and nesting.
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 5), () < (0,))
print(sorted([(2, "b"), (1, "z"), (2, "a"), (1, "a")]))
print(max([(1, 2), (1, 3), (0, 9)]))
t = ([1, 2], 3)
t[0].append(9)
print(t)
try:
    t[0] += [10]
except TypeError as e:
    print(type(e).__name__, e)
print(t)
print(((1, 2), (3, (4, 5)))[1][1][0])
