# TypeError messages for bad keyword arguments.
def f(x, y=0):
    pass
def g(a, b, /):
    pass
def h(*, k):
    pass
def h2(*, k, m):
    pass
tests = [lambda: f(1, z=2), lambda: f(1, x=2), lambda: f(x=1, x2=1), lambda: g(a=1, b=2),
         lambda: g(1, b=2), lambda: h(), lambda: h2(), lambda: f(1, 2, y=3)]
for t in tests:
    try:
        t()
    except TypeError as e:
        print(type(e).__name__, e)
