class A:
    @classmethod
    @property
    def cp(cls): return cls.__name__
    @staticmethod
    def sm(): return "sm"
print(A.cp, A().cp)
class B(A): pass
print(B.cp, B().cp)
class D:
    def __get__(self, obj, owner=None):
        return ("D.get", obj, owner.__name__ if owner else None)
class C:
    x = classmethod(D())
print(C.x, C().x)
class Callable:
    def __call__(self, *a): return a
cm = classmethod(Callable())
sm = staticmethod(Callable())
class E:
    c = cm
    s = sm
print(E.c(1)[0].__name__, E.s(2))
print(cm.__func__.__class__.__name__, sm.__func__.__class__.__name__)
try:
    print(cm.__name__)
except AttributeError as e:
    print("AttributeError", e)
def f(): "doc of f"
c2 = classmethod(f)
print(c2.__name__, c2.__doc__, c2.__wrapped__ is f, c2.__qualname__)
s2 = staticmethod(f)
print(s2.__name__, s2.__doc__, s2.__wrapped__ is f, s2())
print(repr(sm).startswith("<staticmethod("), repr(classmethod(f)).startswith("<classmethod("))
print(isinstance(A.__dict__['cp'].__func__, property))
def g(): "doc"
g.x = 1
c = classmethod(g)
print(c.__dict__)
c.__name__ = 'zz'; print(c.__name__, g.__name__)
k = Callable(); k.__name__ = "kn"
print(staticmethod(k).__dict__)
print(classmethod(g).__isabstractmethod__)
class WithCP:
    @classmethod
    @property
    def total(cls): return sum(cls.vals)
    vals = [1, 2]
class Sub(WithCP):
    vals = [10, 20]
print(WithCP.total, Sub.total, Sub().total)
