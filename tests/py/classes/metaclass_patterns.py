# Common metaclass patterns: singleton, registry, metaclass functions, conflicts.
class Singleton(type):
    _inst = {}
    def __call__(cls, *args, **kwargs):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*args, **kwargs)
        return cls._inst[cls]
class Conf(metaclass=Singleton):
    def __init__(self, name="default"):
        print("init once", name)
        self.name = name
a = Conf("first")
b = Conf("second")
print(a is b, b.name)

class Registry(type):
    registry = {}
    def __new__(mcls, name, bases, ns):
        cls = type.__new__(mcls, name, bases, ns)
        if bases:
            mcls.registry[name] = cls
        return cls
class Plugin(metaclass=Registry):
    pass
class P1(Plugin):
    pass
class P2(Plugin):
    pass
print(sorted(Registry.registry), type(P1).__name__)

def meta_func(name, bases, ns):
    ns["added"] = True
    return type(name, bases, ns)
class Q(metaclass=meta_func):
    pass
print(Q.added, type(Q))

class M1(type):
    pass
class M2(type):
    pass
class A1(metaclass=M1):
    pass
class A2(metaclass=M2):
    pass
try:
    class A3(A1, A2):
        pass
except TypeError as e:
    print("TypeError:", e)
class M3(M1):
    pass
class B3(metaclass=M3):
    pass
class C3(A1, B3):
    pass
print(type(C3).__name__, type(type("D", (C3,), {})).__name__)
print(type.__call__, M1.__call__ is type.__call__)

class Attr(type):
    def __getattr__(cls, name):
        return "meta-" + name
class W(metaclass=Attr):
    real = 1
print(W.anything, W.real)

class Rep(type):
    def __repr__(cls):
        return "<Rep " + cls.__name__ + ">"
    def __len__(cls):
        return 7
    def __iter__(cls):
        return iter([1, 2])
    def __getitem__(cls, k):
        return k * 2
class V(metaclass=Rep):
    pass
print(V, len(V), list(V), V[3])
print(type(V).__mro__)

class Frozen(type):
    def __setattr__(cls, name, value):
        raise AttributeError(f"{cls.__name__} is frozen")
class Const(metaclass=Frozen):
    X = 1
try:
    Const.X = 2
except AttributeError as e:
    print("AttributeError:", e)
print(Const.X)

class Counted(type):
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        cls.created = 0
    def __call__(cls, *a):
        cls.created += 1
        return super().__call__(*a)
class Thing(metaclass=Counted):
    def __init__(self, v):
        self.v = v
things = [Thing(i) for i in range(3)]
print(Thing.created, [t.v for t in things])
try:
    Counted("X")
except TypeError as e:
    print("TypeError:", e)
try:
    type.__new__(Counted, "X", [], {})
except TypeError as e:
    print("TypeError:", e)
