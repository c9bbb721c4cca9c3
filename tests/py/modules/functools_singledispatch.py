# functools.singledispatch (classes, ABCs, unions, annotations, errors),
# singledispatchmethod and partialmethod.
import collections.abc
from functools import singledispatch, singledispatchmethod, partialmethod


@singledispatch
def describe(x):
    return f"object {x!r}"


@describe.register
def _(x: int):
    return f"int {x}"


@describe.register(list)
def _(x):
    return f"list of {len(x)}"


@describe.register
def _(x: float | complex.__class__ if False else float):
    return f"float {x}"


@describe.register(collections.abc.Mapping)
def _(x):
    return f"mapping {sorted(x)}"


@describe.register(str | bytes)
def _(x):
    return f"text {x!r}"


class MyList(list):
    pass


class Flag(int):
    pass


print(describe(3), describe(True), describe(Flag(2)))
print(describe([1, 2]), describe(MyList([1])), describe(2.5))
print(describe({"b": 1, "a": 2}), describe("s"), describe(b"b"), describe(None))
print(describe.dispatch(bool).__name__, describe.registry[object].__name__)
print(sorted(k.__name__ for k in describe.registry))
try:
    describe()
except TypeError as e:
    print("TypeError", e)
try:
    describe.register(3)
except TypeError as e:
    print("TypeError", e)
try:
    @describe.register
    def _(x):
        pass
except TypeError as e:
    print("TypeError", str(e).split(":")[0])


class Shape:
    @singledispatchmethod
    def area(self, arg):
        return "unknown"

    @area.register
    def _(self, arg: int):
        return arg * arg

    @area.register
    def _(self, arg: tuple):
        return arg[0] * arg[1]


s = Shape()
print(s.area(3), s.area((2, 5)), s.area("x"))


class Cell:
    def __init__(self):
        self.state = None

    def set_state(self, value, *, note=""):
        self.state = (value, note)

    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False, note="gone")

    @classmethod
    def make(cls, a, b):
        return (cls.__name__, a, b)

    make_one = partialmethod(make, 1)


c = Cell()
c.set_alive(note="hi")
print(c.state)
c.set_dead()
print(c.state)
print(Cell.make_one(2), c.make_one(3))
print(repr(Cell.__dict__["set_dead"]).startswith("functools.partialmethod(<function Cell.set_state"))
try:
    partialmethod(3)
except TypeError as e:
    print("TypeError", e)
