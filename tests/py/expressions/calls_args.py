# Calls with positional, keyword, *args and **kwargs.
def f(a, b=2, *rest, c=3, **kw):
    return (a, b, rest, c, sorted(kw.items()))
print(f(1))
print(f(1, 20, 30, 40, c=5, d=6))
print(f(*[1, 2, 3]))
print(f(**{"a": 1, "b": 2, "z": 26}))
args = (10, 11)
kwargs = {"c": 12, "x": 13}
print(f(*args, **kwargs))
print(f(0, *args, *args, **kwargs, y=99))
print(f(b=1, a=2))
print(print("inner"), end=" <- print returns None\n")
print(*"abc", sep="-")
print(*[1, 2], *(3,), sep=", ", end="!\n")
print(max(*[3, 8, 1]), max([3, 8, 1], key=lambda v: -v))
def g(*, key):
    return key
print(g(key="k"), g(**{"key": "kk"}))
try:
    f()
except TypeError as e:
    print(e)
try:
    f(1, a=2)
except TypeError as e:
    print(e)
try:
    g(1)
except TypeError as e:
    print(e)
