# dir() of objects and classes, __dict__/__weakref__ descriptors, __getstate__, __reduce_ex__ via copyreg.
class C:
    def __init__(self): self.a = 1
class S:
    __slots__ = ("x", "y")
    def __init__(self): self.x = 1
print(C().__getstate__(), S().__getstate__(), object().__getstate__() if hasattr(object(), "__getstate__") else None)
r = C().__reduce_ex__(2)
print(r[0].__name__, r[1][0].__name__, r[2], r[3], r[4])
r0 = C().__reduce_ex__(0)
print(r0[0].__name__, [getattr(x, "__name__", x) for x in r0[1]], r0[2])
import copyreg
obj = copyreg.__newobj__(C); print(type(obj).__name__, hasattr(obj, "a"))
print(dir(C()) == sorted(set(dir(C()))), "__weakref__" in dir(C), "__dict__" in C.__dict__, "__dict__" in dir(object()))
print(C().__dict__, vars(C()), C.__weakref__ is not None, C().__weakref__)
class E(Exception): pass
e = E(); e.x = 1; print(e.__dict__, vars(e))
def f(): pass
f.attr = 2; print(f.__dict__)
class L(list): pass
l = L(); l.q = 1; print(l.__dict__, "__weakref__" in dir(L))
class WS:
    __slots__ = ("a", "__weakref__")
print("__weakref__" in dir(WS), hasattr(WS(), "__dict__"))
print(object.__doc__ is None or isinstance(object.__doc__, str))
    def m(self): pass
print(dir(object()))
print(sorted(C.__dict__))
class D:
    def m(self): pass
print(dir(object()))
print(dir(D()))
print(sorted(D.__dict__))
