# getmembers (with predicates), getmro, getmodule, unwrap, isabstract.
import inspect
import functools
import abc

class Base:
    x = 1
    def f(self): pass
class Child(Base):
    y = 2
    def g(self): pass
    @property
    def p(self): return 3

print(inspect.getmro(Child))
print([n for n, v in inspect.getmembers(Child) if not n.startswith("__")])
print([(n, v.__qualname__) for n, v in inspect.getmembers(Child, inspect.isfunction)])
c = Child()
print([(n, v) for n, v in inspect.getmembers(c) if not n.startswith("_") and not inspect.ismethod(v)])
print([n for n, v in inspect.getmembers(c, inspect.ismethod) if not n.startswith('__')])
import types
m = types.ModuleType("mm")
m.a = 1
m.b = len
print([n for n, _ in inspect.getmembers(m, inspect.isbuiltin)])
print(inspect.getmodule(Child).__name__, inspect.getmodule(functools).__name__, inspect.getmodule(3))

def inner(): pass
@functools.wraps(inner)
def outer(): pass
print(inspect.unwrap(outer) is inner, inspect.unwrap(inner) is inner)

class Abs(abc.ABC):
    @abc.abstractmethod
    def run(self): pass
class Impl(Abs):
    def run(self): pass
print(inspect.isabstract(Abs), inspect.isabstract(Impl), inspect.isabstract(3))
