# __qualname__ of nested classes and functions; __module__ of classes and functions.
class Outer:
    class Inner:
        class Deep:
            def m(self):
                pass
    def meth(self):
        class Local:
            def f(self):
                pass
        return Local
    @staticmethod
    def smeth():
        def nested():
            pass
        return nested

print(Outer.__qualname__, Outer.Inner.__qualname__, Outer.Inner.Deep.__qualname__)
print(Outer.Inner.Deep.m.__qualname__, Outer.meth.__qualname__, Outer.smeth().__qualname__)
L = Outer().meth()
print(L.__qualname__, L.f.__qualname__, L.__name__)
print(Outer.Inner, L)
print(Outer.__module__, Outer.Inner.__module__, Outer.meth.__module__)
print(int.__module__, type.__module__, object.__module__, len.__module__)
def f():
    pass
print(f.__module__, type(f).__module__, (lambda: 0).__qualname__)
T = type("T", (), {})
print(T.__module__, T.__qualname__, T)
class Q:
    __qualname__ = "Custom.Name"
print(Q.__qualname__, Q.__name__, Q)
Outer.Inner.__qualname__ = "Renamed"
print(Outer.Inner, Outer.Inner.__name__)
import collections
print(collections.OrderedDict.__module__)
