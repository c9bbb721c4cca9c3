# Class protocol corners: __subclasses__, super in classmethods, property setter on a base's property, __getattribute__, NotImplemented equality, dunders set to None, __class__ assignment, argument errors.
class A: pass
class B(A): pass
class C(A): pass
print(sorted(k.__name__ for k in A.__subclasses__()), object.__subclasses__() is not None)
class Base:
    @classmethod
    def make(cls): return cls()
    def who(self): return type(self).__name__
class Der(Base):
    @classmethod
    def make(cls):
        obj = super().make(); obj.tag = "der"; return obj
d = Der.make(); print(d.who(), d.tag)
class P:
    @property
    def v(self): return 1
class Q(P):
    @P.v.setter
    def v(self, val): self._v = val
q = Q(); q.v = 5; print(q.v, q._v)
class GA:
    def __init__(self): self.real = 1
    def __getattribute__(self, name):
        if name.startswith("fake_"): return "faked"
        return super().__getattribute__(name)
g = GA(); print(g.real, g.fake_x)
try: g.missing
except AttributeError as e: print("AE", e)
class Eq:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        if not isinstance(o, Eq): return NotImplemented
        return self.v == o.v
e1 = Eq(1); print(e1 == Eq(1), e1 != Eq(2), e1 == 1, e1 != 1, e1 == e1)
class H(Eq):
    __hash__ = object.__hash__
print(hash(H(1)) is not None)
class BadBool:
    def __bool__(self): return 1
try: bool(BadBool())
except TypeError as e: print("TE", e)
class NegLen:
    def __len__(self): return -1
try: len(NegLen())
except ValueError as e: print("VE", e)
class Idx:
    def __index__(self): return 2
print([10, 20, 30, 40][Idx()], [10, 20, 30, 40][Idx():], "abcd"[:Idx()], range(10)[Idx()])
class NoIter:
    __iter__ = None
    def __getitem__(self, i): return i
try: iter(NoIter())
except TypeError as e: print("TE", e)
class Seq:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError(i)
        return i * 2
print(list(reversed(Seq())), 4 in Seq(), 5 in Seq())
class Swap:
    pass
class Other:
    def hello(self): return "hello from Other"
s = Swap(); s.__class__ = Other; print(s.hello(), type(s).__name__)
try: s.__class__ = int
except TypeError as e: print("TE", e)
class St:
    @staticmethod
    def f(): return super()
try: St.f()
except RuntimeError as e: print("RE", e)
class Init:
    def __init__(self): return 5
try: Init()
except TypeError as e: print("TE", e)
class M:
    def __init__(self, a, /, b, *, c): pass
try: M(1, 2, 3)
except TypeError as e: print("TE", e)
try: M(a=1, b=2, c=3)
except TypeError as e: print("TE", e)
print(type(M.__init__).__name__, M.__init__.__qualname__)
class A:
    __len__ = None
    __contains__ = None
    __reversed__ = None
for f in (lambda: len(A()), lambda: 1 in A(), lambda: reversed(A())):
    try: f()
    except TypeError as e: print("TE", e)
class B:
    def __iter__(self): return iter([1])
class C(B):
    __iter__ = None
try: list(C())
except TypeError as e: print("TE", e)
print(list(B()))
class Base2: pass
def make(i):
    return type("Dyn%d" % i, (Base2,), {})
made = [make(i) for i in range(3)]
print([k.__name__ for k in Base2.__subclasses__()], bool in int.__subclasses__())
class Slotted:
    __slots__ = ("a",)
class Plain: pass
try:
    Plain().__class__ = Slotted
except TypeError as e: print("TE", e)
