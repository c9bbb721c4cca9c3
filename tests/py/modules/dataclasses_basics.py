# dataclasses: generated __init__/__repr__/__eq__/order/hash/frozen, field options, InitVar, KW_ONLY, slots, helpers.
from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError, InitVar, KW_ONLY, make_dataclass
@dataclass
class Point:
    x: int
    y: int = 0
p = Point(1, 2)
print(p, Point(3), p == Point(1, 2), p != Point(2, 2), Point.__doc__, p.__match_args__ if hasattr(p, "__match_args__") else "")
print(asdict(p), astuple(p), replace(p, y=5), is_dataclass(p), is_dataclass(Point), is_dataclass(1), [f.name for f in fields(p)])
try: Point()
except TypeError as e: print("TypeError:", e)
try: hash(p)
except TypeError as e: print("TypeError:", e)
@dataclass(order=True, frozen=True)
class Ver:
    major: int
    minor: int = 0
    tags: list = field(default_factory=list, compare=False, repr=False)
v = Ver(1, 2)
print(v, sorted([Ver(2), Ver(1, 5), Ver(1, 2)]), v < Ver(1, 3), hash(v) == hash(Ver(1, 2, ["x"])), v.tags)
try: v.major = 3
except FrozenInstanceError as e: print("FrozenInstanceError:", e)
try: Ver(1) < Point(1)
except TypeError as e: print("TypeError:", e)
@dataclass
class Inv:
    name: str
    qty: int = 1
    price: float = 0.0
    items: list = field(default_factory=list)
    total: float = field(init=False)
    def __post_init__(self):
        self.total = self.qty * self.price
i = Inv("w", 3, 2.5); print(i, i.total)
@dataclass
class Child(Inv):
    color: str = "red"
print(Child("c", color="blue"), [f.name for f in fields(Child)])
try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e: print("TypeError:", e)
try:
    @dataclass
    class Bad2:
        a: list = []
except ValueError as e: print("ValueError:", e)
@dataclass
class WithInit:
    a: int
    scale: InitVar[int] = 2
    def __post_init__(self, scale): self.a *= scale
print(WithInit(3), WithInit(3, 10))
@dataclass
class K:
    a: int
    _: KW_ONLY
    b: int = 2
    c: int = 3
print(K(1, c=5))
try: K(1, 2)
except TypeError as e: print("TypeError:", e)
@dataclass
class Nested:
    p: Point
    pts: list
n = Nested(Point(1), [Point(2, 3)])
print(asdict(n), astuple(n))
M = make_dataclass("M", [("a", int), ("b", str, field(default="z"))])
print(M(1), M(2, "q"))
@dataclass(slots=True)
class SP:
    x: int
    y: int = 1
s = SP(1); print(s, hasattr(s, "__dict__"), SP.__slots__)
@dataclass(eq=False)
class NoEq:
    a: int
print(NoEq(1) == NoEq(1), hash(NoEq(1)) is not None)
@dataclass
class Tree:
    val: int
    children: list = field(default_factory=list)
t = Tree(1, [Tree(2)]); t.children.append(t)
print(repr(t)[:40])
