# signature() of functools.partial objects: positional arguments drop
# parameters, keywords set defaults and make later parameters keyword-only.
import inspect, functools
def f(a, b, c=3, *args, d, e=5, **kw): pass
def g(x, y, /, z, *, w=0): pass
cases = [(f, (1,), {}), (f, (), {"a": 1}), (f, (), {"b": 2}), (f, (1, 2, 3, 4, 5), {}), (f, (), {"d": 9}),
         (f, (1,), {"c": 7, "zz": 1}), (g, (1,), {}), (g, (1, 2), {}), (g, (), {"z": 3}), (g, (1, 2, 3), {"w": 4}),
         (f, (1, 2), {"e": 0})]
for fn, a, k in cases:
    p = functools.partial(fn, *a, **k)
    print(fn.__name__, a, k, inspect.signature(p))
for bad in ((g, (), {"x": 1}), (g, (1, 2, 3, 4), {})):
    try:
        inspect.signature(functools.partial(bad[0], *bad[1], **bad[2]))
    except ValueError as e:
        print("ValueError:", str(e).split(" has ")[1], type(e.__cause__).__name__)
print(inspect.signature(functools.partial(functools.partial(f, 1), 2)))
class K:
    def m(self, a, b=1): pass
print(inspect.signature(functools.partial(K().m, 5)), inspect.signature(functools.partial(K.m, None)))
