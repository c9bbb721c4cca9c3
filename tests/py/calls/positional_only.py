# Positional-only parameters before /.
def f(a, b, /, c, *, d=4):
    return a, b, c, d

print(f(1, 2, 3), f(1, 2, c=3), f(1, 2, 3, d=5))
def g(x, /, **kw):
    return x, kw
print(g(1, x=2))
for call in [lambda: f(1, b=2, c=3), lambda: f(a=1, b=2, c=3), lambda: f(1, 2)]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
def h(a=1, /, b=2):
    return a, b
print(h(), h(10), h(10, 20), h(b=5))
