# iter/next with default.
it = iter([1, 2])
print(next(it), next(it), next(it, "done"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, repr(e))
s = iter("ab")
print(list(s), list(s))
r = iter(range(3))
print(next(r), list(r))
d = iter({"x": 1, "y": 2})
print(next(d), next(d))
it2 = iter([10, 20, 30])
for x in it2:
    print(x, next(it2, "end"))
try:
    iter(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    next([1])
except TypeError as e:
    print(type(e).__name__, e)
