# __set_name__, class decorators, metaclass + __init_subclass__ keywords, iter(callable, sentinel), generator return/close, comparisons' reflection, hashable value objects.
class Field:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name); self.name = name
class Model:
    a = Field(); b = Field()
def add_repr(cls):
    cls.__repr__ = lambda self: f"<{cls.__name__} {vars(self)}>"
    return cls
@add_repr
class Pt:
    def __init__(self): self.x = 1
print(Pt())
class Meta(type):
    def __new__(m, name, bases, ns, **kw):
        print("meta new", name, kw); return super().__new__(m, name, bases, ns)
class Base(metaclass=Meta):
    def __init_subclass__(cls, **kw): print("init_subclass", cls.__name__, kw)
class Sub(Base, flag=1): pass
import itertools
data = iter([1, 2, 3, None, 4])
print(list(iter(lambda: next(data), None)))
def gen_ret():
    try:
        yield 1
        return "rv"
    finally:
        print("cleanup")
g = gen_ret(); print(next(g))
try: next(g)
except StopIteration as e: print("value", e.value)
def gen2():
    yield 1
g2 = gen2(); next(g2); print(g2.close(), g2.close())
class Ctx:
    def __enter__(self): return "resource"
    def __exit__(self, *a): return False
with Ctx() as r: print(r)
from contextlib import contextmanager
@contextmanager
def swallow():
    try: yield
    except KeyError as e: print("swallowed", e)
with swallow(): raise KeyError("k")
print("continues")
class Fib:
    def __init__(self): self.a, self.b = 0, 1
    def __iter__(self): return self
    def __next__(self):
        self.a, self.b = self.b, self.a + self.b
        return self.a
print(list(itertools.islice(Fib(), 8)))
class Acc:
    def __init__(self): self.items = []
    def __iadd__(self, x): self.items.append(x); return self
    def __len__(self): return len(self.items)
a = Acc(); a += 1; a += 2; print(len(a), a.items)
class Cmp:
    def __init__(self, v): self.v = v
    def __lt__(self, o): print("lt"); return self.v < o.v
    def __gt__(self, o): print("gt"); return self.v > o.v
print(Cmp(1) > Cmp(2), Cmp(1) < Cmp(2))
class OnlyLt:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
print(OnlyLt(2) > OnlyLt(1))
try: OnlyLt(1) <= OnlyLt(2)
except TypeError as e: print("TE", e)
class Hashy:
    def __init__(self, k): self.k = k
    def __hash__(self): return hash(self.k)
    def __eq__(self, o): return self.k == o.k
s = {Hashy(1), Hashy(1), Hashy(2)}; print(len(s), Hashy(1) in s, {Hashy(3): "v"}[Hashy(3)])
