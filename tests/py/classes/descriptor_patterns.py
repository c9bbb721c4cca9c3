# Descriptor patterns: validated fields with __set_name__, lazy values, cached_property, properties.
class Typed:
    def __init__(self, kind): self.kind = kind
    def __set_name__(self, owner, name): self.name = "_" + name; self.public = name
    def __get__(self, obj, objtype=None):
        if obj is None: return self
        return getattr(obj, self.name)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind): raise TypeError(f"{self.public} must be {self.kind.__name__}")
        setattr(obj, self.name, value)
    def __delete__(self, obj):
        print("deleting", self.public); delattr(obj, self.name)
class P:
    x = Typed(int); name = Typed(str)
    def __init__(self, x, name): self.x = x; self.name = name
p = P(1, "a"); print(p.x, p.name, P.x.public, vars(p))
try: p.x = "s"
except TypeError as e: print(e)
del p.x; print(hasattr(p, "_x"))
class Lazy:
    def __init__(self, f): self.f = f
    def __get__(self, obj, cls):
        if obj is None: return self
        v = self.f(obj); obj.__dict__[self.f.__name__] = v; return v
class C:
    @Lazy
    def val(self): print("compute"); return 42
c = C(); print(c.val, c.val)
import functools
class D:
    @functools.cached_property
    def v(self): print("cp"); return 7
d = D(); print(d.v, d.v)
class Const:
    def __get__(self, o, t): return 5
class E: k = Const()
e = E(); e.k = 9; print(e.k, E.k)
print(property.__doc__ is not None, type(P.__dict__['x']).__name__)
class Prop:
    def __init__(self): self._v = 0
    @property
    def v(self): "the v"; return self._v
    @v.setter
    def v(self, val): self._v = val
    @v.deleter
    def v(self): print("del v")
pp = Prop(); pp.v = 3; print(pp.v, Prop.v.__doc__); del pp.v
try:
    class RO:
        @property
        def r(self): return 1
    RO().r = 2
except AttributeError as e: print(e)
class SM:
    @staticmethod
    def s(x): return x * 2
    @classmethod
    def c(cls, x): return (cls.__name__, x)
print(SM.s(2), SM().s(3), SM.c(1), SM().c(2), type(SM.__dict__['s']).__name__)
print(SM.__dict__['c'].__func__.__name__, isinstance(SM.__dict__['s'], staticmethod))
