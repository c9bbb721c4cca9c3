# Signature.bind / bind_partial: arguments, args, kwargs, apply_defaults and
# CPython's error messages.
import inspect

def f(a, b=2, *args, c, d=4, **kw): pass
def g(x, /, y, *, z=0): pass
sig = inspect.signature(f)
ba = sig.bind(1, c=3)
print(ba, ba.arguments, ba.args, ba.kwargs)
ba.apply_defaults()
print(ba)
ba = sig.bind(1, 2, 3, 4, c=5, e=6)
print(ba.arguments, ba.args, ba.kwargs)
gs = inspect.signature(g)
print(gs.bind(1, 2), gs.bind(1, y=2, z=3).kwargs)
print(gs.bind_partial(1))
print(gs.bind_partial())
for args, kwargs in [((), {}), ((1,), {}), ((1, 2, 3), {}), ((1,), {"x": 1, "y": 2}),
                     ((1, 2), {"y": 3}), ((1, 2), {"w": 0})]:
    try:
        print(gs.bind(*args, **kwargs))
    except TypeError as e:
        print("TypeError:", e)
try:
    sig.bind(1, 2)
except TypeError as e:
    print("TypeError:", e)
print(sig.bind(1, c=2) == sig.bind(1, c=2))
print(inspect.getfullargspec(f))
class K:
    def m(self, a, b=1): pass
print(inspect.getfullargspec(K().m))
