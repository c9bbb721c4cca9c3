# dataclasses: generated __init__/__repr__/__eq__/order/hash/frozen, field options, helpers.
from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError, InitVar, KW_ONLY, MISSING
from typing import List, ClassVar
@dataclass
class Point:
    x: int
    y: int = 0
print(Point(1), Point(1, 2) == Point(1, 2), Point(1) == (1, 0), Point.__init__.__qualname__)
try: Point()
except TypeError as e: print(e)
try: Point(1, 2, 3)
except TypeError as e: print(e)
try: Point(1, z=3)
except TypeError as e: print(e)
try: Point(1, x=3)
except TypeError as e: print(e)
class Outer:
    @dataclass(order=True, frozen=True)
    class In:
        a: int
        b: list = field(default_factory=list, compare=False, repr=False)
print(Outer.In(1), Outer.In(1) < Outer.In(2), hash(Outer.In(1)) == hash(Outer.In(1)))
try: Outer.In(1).a = 5
except FrozenInstanceError as e: print(type(e).__name__, e, isinstance(e, AttributeError))
try: del Outer.In(1).a
except FrozenInstanceError as e: print(type(e).__name__, e)
try:
    @dataclass
    class Bad:
        x: int = 0
        y: int
except TypeError as e: print(e)
try:
    @dataclass
    class Bad2:
        x: list = []
except ValueError as e: print(e)
@dataclass
class C:
    x: int
    cv: ClassVar[int] = 3
    items: List[int] = field(default_factory=list)
    hidden: int = field(default=5, init=False)
    def __post_init__(self):
        self.total = self.x + self.hidden
c = C(1)
print(c, c.total, [f.name for f in fields(c)], asdict(c), astuple(c), replace(c, x=9), is_dataclass(c), is_dataclass(C), is_dataclass(1))
@dataclass
class D(C):
    z: str = 'z'
print(D(2), D.__match_args__)
try: Point(1) < Point(2)
except TypeError as e: print(e)
@dataclass(eq=False)
class E: a: int
print(E(1) == E(1), E.__hash__ is object.__hash__)
print(Point.__hash__, hash(Point) is not None)
@dataclass(unsafe_hash=True)
class H: a: int
print(hash(H(1)) == hash((1,)))
@dataclass(repr=False)
class R: a: int
print(repr(R(1))[:12])
@dataclass
class Nest:
    p: Point
    ps: list
print(asdict(Nest(Point(1), [Point(2), (Point(3),)])), astuple(Nest(Point(1), [])))
try: replace(c, hidden=1)
except ValueError as e: print(e)
try: fields(1)
except TypeError as e: print(e)
try: asdict(Point)
except TypeError as e: print(e)
print(Point.__dataclass_fields__['x'].default is MISSING)
@dataclass
class Rec:
    name: str
    children: list = field(default_factory=list)
r = Rec('a'); r.children.append(r)
print(Point.__doc__)
print(Point.__eq__(Point(1), 3))
@dataclass(slots=True)
class S:
    a: int
print(S(1), S.__slots__)
@dataclass(kw_only=True)
class K:
    a: int
    b: int = 1
print(K(a=1))
try: K(1)
except TypeError as e: print(e)
