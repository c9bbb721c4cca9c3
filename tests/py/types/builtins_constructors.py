# list/dict/set/tuple/str constructors.
print(list(), list("abc"), list((1, 2)), list(range(3)), list({"k": 1}), list(x * 2 for x in range(3)))
print(tuple(), tuple([1, 2]), tuple("hi"), tuple({1: 0}))
print(set(), set([1, 1, 2]), set((3,)), sorted(set("aab")))
print(dict(), dict([(1, 2), [3, 4]]), dict(a=1), dict(zip("ab", "xy")), dict({1: 2}, b=3))
print(str(), str(1), str([1, "a"]), str(None), str(b"x"), bool(), int(), float())
try:
    dict([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print(type(e).__name__, e)
try:
    list(None)
except TypeError as e:
    print(type(e).__name__, e)
