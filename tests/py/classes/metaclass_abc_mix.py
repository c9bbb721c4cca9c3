# Metaclasses built on ABCMeta, explicit classmethod __init_subclass__, type() with three arguments, metaclass conflicts, a metaclass __call__ building instances.
from abc import ABCMeta, ABC, abstractmethod
class Meta(ABCMeta):
    def __new__(m, name, bases, ns, **kw):
        cls = super().__new__(m, name, bases, ns, **kw)
        cls.created_by = m.__name__
        return cls
class Base(ABC, metaclass=Meta):
    @abstractmethod
    def f(self): ...
class Impl(Base):
    def f(self): return 1
print(Impl().f(), Impl.created_by, type(Impl).__name__, isinstance(Impl(), Base))
try: Base()
except TypeError as e: print(e)
class K:
    @classmethod
    def __init_subclass__(cls, **kw): cls.marked = kw.get("m")
class L(K, m=5): pass
print(L.marked)
T = type("T", (object,), {"x": 1})
print(T.x, T.__name__, T.__qualname__, T.__module__)
class Other(type): pass
try:
    class Mixed(Impl, metaclass=Other): pass
except TypeError as e: print("TE", e)
print(type.__dict__["__subclasses__"] is not None, sorted(c.__name__ for c in Base.__subclasses__()))
class R(type):
    def __call__(cls, *a, **k):
        obj = cls.__new__(cls)
        obj.via_meta = True
        obj.__init__(*a, **k)
        return obj
class Q(metaclass=R):
    def __init__(self, v): self.v = v
q = Q(3); print(q.v, q.via_meta)
