# enum: Enum/IntEnum/StrEnum/Flag/IntFlag members, lookups, auto, unique, functional API, errors.
import enum
from enum import Enum, IntEnum, auto, unique, Flag, IntFlag
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
    def describe(self): return f"{self.name}={self.value}"
    @classmethod
    def favorite(cls): return cls.GREEN
print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value, Color(2), Color["BLUE"], Color.CRIMSON is Color.RED)
print(list(Color), len(Color), Color.RED.describe(), Color.favorite(), type(Color.RED), Color, type(Color))
print(Color.RED in Color, isinstance(Color.RED, Color), Color.RED == Color.RED, Color.RED != Color.GREEN, hash(Color.RED) == hash(Color.RED))
print(f"{Color.RED}", format(Color.GREEN), str(Color.BLUE), [m.name for m in Color], list(Color.__members__))
try: Color(7)
except ValueError as e: print("ValueError:", e)
try: Color["PINK"]
except KeyError as e: print("KeyError:", e)
try: Color.RED = 5
except AttributeError as e: print("AttributeError:", e)
try: Color.RED < Color.GREEN
except TypeError as e: print("TypeError:", e)
class Num(IntEnum):
    ONE = 1
    TWO = 2
print(Num.ONE + 1, Num.TWO * 3, Num.ONE == 1, Num(2), repr(Num.ONE), str(Num.ONE), f"{Num.TWO}", sorted([Num.TWO, Num.ONE]), Num.ONE < Num.TWO, isinstance(Num.ONE, int))
class A(Enum):
    X = auto()
    Y = auto()
    Z = auto()
print(list(A), A.Z.value)
class S(enum.StrEnum):
    NORTH = auto()
    SOUTH = "s"
print(S.NORTH, S.NORTH.value, S.SOUTH == "s", repr(S.NORTH), S("s"), S.NORTH.upper())
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e: print("ValueError:", e)
class Perm(Flag):
    R = 4
    W = 2
    X = 1
rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, bool(Perm.R & Perm.X), rw.value, repr(Perm(0)), list(rw), ~Perm.R)
class P2(IntFlag):
    A = 1
    B = 2
print(P2.A | P2.B, repr(P2.A | 4), P2.A | 1, int(P2.B))
Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value, Animal(3))
class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    MARS = (6.42e23, 3.39e6)
    def __init__(self, mass, radius):
        self.mass = mass; self.radius = radius
    @property
    def gravity(self): return round(6.67e-11 * self.mass / self.radius ** 2, 2)
print(Planet.EARTH.gravity, Planet.MARS.value, Planet((6.42e23, 3.39e6)))
class Shape(Enum):
    SQUARE = 1
    @classmethod
    def _missing_(cls, value):
        if value == "sq": return cls.SQUARE
print(Shape("sq"), Shape.SQUARE.__class__.__name__, {Color.RED: "r"}[Color.CRIMSON])
print(Color.RED.__reduce_ex__ is not None, dir(Color.RED)[:3] if False else "", Color.__name__, Color.__qualname__)
