# Context managers, cooperative super(), attribute hooks, __new__/__init__ interplay.
import contextlib
class CM:
    def __init__(self, n): self.n = n
    def __enter__(self): print("enter", self.n); return self
    def __exit__(self, t, v, tb): print("exit", self.n, t.__name__ if t else None); return self.n == "suppress"
with CM("a") as a, CM("b") as b: print("body", a.n, b.n)
with CM("suppress"): raise ValueError("x")
print("after suppress")
try:
    with CM("c"): raise KeyError("k")
except KeyError as e: print("propagated", e)
@contextlib.contextmanager
def ctx(n):
    print("start", n)
    try: yield n * 2
    finally: print("stop", n)
with ctx(3) as v: print("v", v)
try:
    with ctx(4): raise ValueError("inside")
except ValueError as e: print("VE", e)
class Base:
    def __init__(self): self.log = ["Base"]
class A(Base):
    def __init__(self): super().__init__(); self.log.append("A")
class B(Base):
    def __init__(self): super().__init__(); self.log.append("B")
class C(A, B):
    def __init__(self): super().__init__(); self.log.append("C")
print(C().log, [k.__name__ for k in C.__mro__])
class Meta(type): pass
class W(metaclass=Meta): pass
print(type(W).__name__, W.__class__.__name__, isinstance(W, Meta))
class Slots:
    __slots__ = ("a",)
print(hasattr(Slots(), "__dict__"), Slots.__slots__)
class Eq:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
try: hash(Eq(1))
except TypeError as e: print(e)
print(Eq.__hash__)
class Callable:
    def __call__(self, *a, **k): return (a, k)
print(Callable()(1, x=2), callable(Callable()), callable(Callable))
class GA:
    def __getattr__(self, n): return n.upper()
print(GA().foo, getattr(GA(), "bar"))
class GAT:
    def __getattribute__(self, n):
        if n == "secret": raise AttributeError(n)
        return object.__getattribute__(self, n)
    x = 1
print(GAT().x, hasattr(GAT(), "secret"))
class SA:
    def __setattr__(self, n, v): print("set", n, v); super().__setattr__(n, v)
    def __delattr__(self, n): print("del", n); super().__delattr__(n)
s = SA(); s.q = 1; del s.q
print(vars(s))
class Rp:
    def __repr__(self): return "Rp()"
print([Rp()], str(Rp()), f"{Rp()!r}", format(Rp(), ""))
class St:
    def __str__(self): return "St!"
print(St(), [St()][0].__str__(), str(St()))
class InitSub:
    def __init_subclass__(cls, **kw): cls.kw = kw
class Sub(InitSub, a=1): pass
print(Sub.kw)
class New:
    def __new__(cls, *a):
        print("new", a); inst = super().__new__(cls); inst.a = a; return inst
    def __init__(self, *a): print("init", a)
print(New(1, 2).a)
class NotInit:
    def __new__(cls): return 42
print(NotInit())
