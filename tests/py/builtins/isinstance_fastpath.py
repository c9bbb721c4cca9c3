# isinstance/issubclass/type() as the CALL instruction decides them inline:
# rebinding the names, metaclass hooks, ABCs, __class__ overrides, unions,
# nested tuples and the error texts.
import builtins
import collections.abc as cabc
from abc import ABC, ABCMeta


class Shape:
    pass


class Circle(Shape):
    pass


class Unit(Circle):
    pass


objs = [Circle(), Unit(), Shape(), 3, "s", 2.5, [1], None, True, (1,), {}]


def table(check):
    return [check(o) for o in objs]


print(table(lambda o: isinstance(o, Shape)))
print(table(lambda o: isinstance(o, Circle)))
print(table(lambda o: isinstance(o, (int, float))))
print(table(lambda o: isinstance(o, (Unit, (str, (list, dict))))))
print(table(lambda o: isinstance(o, int | str)))
print(table(lambda o: isinstance(o, object)))
print(table(lambda o: issubclass(type(o), Shape)))
print(table(lambda o: type(o).__name__))

# A loop keeps the call site hot while the name changes meaning.
def run(label):
    out = []
    for o in objs[:5]:
        out.append(isinstance(o, Shape))
    print(label, out)


run("builtin")
isinstance = lambda o, c: "global"
run("global")
del isinstance
run("restored")
saved = builtins.isinstance
builtins.isinstance = lambda o, c: "builtins module"
run("builtins module")
builtins.isinstance = saved
run("builtins back")
real_type = type
type = lambda o: Shape
print([issubclass(type(o), Shape) for o in objs[:4]])
del type
print([type(o) is real_type(o) for o in objs[:4]])


# Metaclass hooks: called for instances that are not exact matches.
class Meta(type):
    calls = 0

    def __instancecheck__(cls, inst):
        Meta.calls += 1
        return inst == 42

    def __subclasscheck__(cls, sub):
        Meta.calls += 1
        return sub is int


class Answer(metaclass=Meta):
    pass


print(isinstance(42, Answer), isinstance(41, Answer), isinstance(Answer(), Answer))
print(isinstance(42, (str, Answer)), issubclass(int, Answer), issubclass(str, Answer), Meta.calls)
for i in range(3):
    print(isinstance(40 + i, Answer), end=" ")
print(Meta.calls)


# A metaclass without its own hooks behaves as type.
class PlainMeta(type):
    pass


class P(metaclass=PlainMeta):
    pass


class Q(P):
    pass


print(isinstance(Q(), P), isinstance(P(), Q), issubclass(Q, P), isinstance(3, (P, int)))


# ABCs and register().
class Drawable(ABC):
    pass


class Sprite:
    pass


print(isinstance(Sprite(), Drawable))
Drawable.register(Sprite)
print(isinstance(Sprite(), Drawable), issubclass(Sprite, Drawable), isinstance(3, (Drawable, int)))
print(isinstance([], cabc.Sequence), isinstance({}, cabc.Mapping), isinstance(3, cabc.Sequence))
print(isinstance((x for x in ()), cabc.Iterator), isinstance(len, cabc.Callable))


class Meta2(ABCMeta):
    pass


class Base2(metaclass=Meta2):
    pass


Base2.register(int)
print(isinstance(5, Base2), isinstance("5", Base2), issubclass(bool, Base2))


# __class__ overrides: consulted when type(o) is not a subclass.
class Liar:
    @property
    def __class__(self):
        return Circle


class Raiser:
    @property
    def __class__(self):
        raise AttributeError("no class")


class Boom:
    @property
    def __class__(self):
        raise ValueError("boom")


class GetAttr:
    def __getattribute__(self, name):
        if name == "__class__":
            return Unit
        return object.__getattribute__(self, name)


print(isinstance(Liar(), Circle), isinstance(Liar(), Shape), isinstance(Liar(), Liar), isinstance(Liar(), Unit))
print(isinstance(Liar(), (int, Shape)), type(Liar()).__name__)
print(isinstance(Raiser(), Shape), isinstance(Raiser(), Raiser))
try:
    isinstance(Boom(), Shape)
except ValueError as e:
    print("ValueError", e)
print(isinstance(Boom(), Boom))
print(isinstance(GetAttr(), Circle), isinstance(GetAttr(), str))


# Classes that gain a __class__ override after the fast path has seen them.
class Late:
    pass


class LateBase:
    pass


class LateChild(LateBase):
    pass


def check_late():
    return isinstance(Late(), Circle), isinstance(LateChild(), Circle)


print(check_late())
Late.__getattribute__ = lambda self, n: Circle if n == "__class__" else object.__getattribute__(self, n)
print(check_late())
del Late.__getattribute__
print(check_late())
Late.__getattr__ = lambda self, n: 0
print(check_late())

# Instance dicts never shadow __class__ (a data descriptor).
o = Shape()
o.__dict__["__class__"] = int
print(isinstance(o, int), isinstance(o, Shape))

# Error texts.
for args in [(3, 4), (3, (int, 4)), (3, (str, 4)), (3, "int"), (3, [int])]:
    try:
        print(isinstance(*args))
    except TypeError as e:
        print("TypeError", e)
for args in [(3, int), (int, 4), (int, (str, 4)), (int, (int, 4))]:
    try:
        print(issubclass(*args))
    except TypeError as e:
        print("TypeError", e)
for call in [lambda: isinstance(3), lambda: isinstance(3, int, str), lambda: isinstance(3, int, x=1),
             lambda: issubclass(int), lambda: type(), lambda: type(1, 2)]:
    try:
        print(call())
    except TypeError as e:
        print("TypeError", e)
print(type(3, ) is int, type("x") is str, type(type) is type)

# Tuple displays passed straight to isinstance (decided without the tuple).
def displays(o):
    return [
        isinstance(o, (Shape, int)),
        isinstance(o, (str, (Circle, float))),
        isinstance(o, (Answer, Drawable, list)),
        isinstance(o, (int | str, Unit)),
        isinstance(o, (Liar, bool)),
    ]


for o in objs + [Liar(), Sprite(), 42]:
    print(type(o).__name__, displays(o))
for bad in [lambda: isinstance(3, (str, "x")), lambda: isinstance(3, (str, None)), lambda: isinstance(Liar(), (str, 4))]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError", e)
print(isinstance(3, (int, "x")), isinstance(Liar(), (Circle, 4)))


def with_local_isinstance(o):
    isinstance = lambda a, b: b
    return isinstance(o, (Shape, int))


print(with_local_isinstance(3))
builtins.isinstance = lambda a, b: ("patched", b)
print(displays(3)[0])
builtins.isinstance = saved
print(displays(3)[0])
