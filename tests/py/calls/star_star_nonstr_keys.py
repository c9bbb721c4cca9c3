# ** with keys that are not strings: str.format reads its keywords as a
# mapping (CPython passes the dict itself), every other callee raises
# "keywords must be strings".
print("s".format(**{1: 2}))
print("{a}".format(**{1: 2, 'a': 3}))
print("{0}-{x}".format(7, **{(1, 2): 0, 'x': 'y'}))
print("{0}".format(*[5], **{2.5: 1}))
class S(str):
    pass
print(S("{q}").format(**{None: 1, 'q': 'sub'}))
def f(**k): return k
def g(a, b=2): return a, b
class C:
    def __init__(self, **kw): self.kw = kw
for call in [lambda: f(**{1: 2}), lambda: g(1, **{1: 2}), lambda: dict(**{1: 2}),
             lambda: print(**{1: 2}), lambda: "{}".format_map({1: 2}),
             lambda: sorted([], **{1: 2}), lambda: max(1, 2, **{1: 2}), lambda: C(**{1: 2}),
             lambda: f(*[], **{'a': 1}, **{'a': 2}), lambda: dict(a=1, **{'a': 2}),
             lambda: "{1}".format(**{1: 2}), lambda: str.format("{x}", **{1: 2, 'x': 0})]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
