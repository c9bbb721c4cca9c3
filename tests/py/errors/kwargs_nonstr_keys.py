def g(*a, **k): pass
def t(f):
    try: f()
    except TypeError as e: print(e)
t(lambda: g(**{1:1}, **{1:2}))
class C:
    def m(self, **k): pass
t(lambda: C(**{1:2}))
t(lambda: C().m(**{1:2}))
t(lambda: print(**{1:2}))
t(lambda: max(1, **{1:2}))
t(lambda: dict(**{'a':1}, **{1:2}))
t(lambda: g(*[1], **{1:2}))
t(lambda: g(**{'a':1}, **{'a':2}))
t(lambda: g(a=1, **{'a':2}))
t(lambda: g(**{'a':1}, **{2:2}))
t(lambda: g(**5))
t(lambda: dict(**{1: 2}))
t(lambda: {}.update(**{1: 2}))
