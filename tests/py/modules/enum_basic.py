# enum: Enum members, lookup by value and name, iteration, aliases, immutability, errors.
from enum import Enum, EnumMeta, EnumType


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1


print(Color.RED, repr(Color.RED), Color(1), Color['GREEN'], list(Color), len(Color))
print(Color.RED in Color, Color.CRIMSON is Color.RED, Color.RED.name, Color.RED.value, Color.CRIMSON.name)
print(Color.__members__, type(Color.RED), isinstance(Color.RED, Color), type(Color), EnumMeta is EnumType)
print(Color.RED == 1, Color.RED == Color.RED, Color.RED != Color.GREEN, hash(Color.RED) == hash(Color.CRIMSON))
print(repr(Color), str(Color), f'{Color.RED}', format(Color.RED), f'{Color.RED:>12}|', list(reversed(Color)))
print(Color.RED._name_, Color.RED._value_, Color._member_names_, Color.RED.__class__ is Color, bool(Color))
print('RED' in Color.__members__, list(Color.__members__), {Color.RED: 'r'}[Color.CRIMSON], Color._value2member_map_)
print(Color(Color.BLUE), Color.RED.__objclass__ if False else '', sorted(Color, key=lambda c: -c.value))

for bad in (lambda: Color(7), lambda: Color('x'), lambda: Color['X'], lambda: Color.PURPLE,
            lambda: setattr(Color, 'RED', 5), lambda: setattr(Color.RED, 'value', 5),
            lambda: setattr(Color.RED, 'name', 'x'), lambda: delattr(Color, 'RED'),
            lambda: Color.RED < Color.GREEN):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)

try:
    class More(Color):
        PINK = 4
except TypeError as e:
    print('TypeError:', e)

try:
    class Dup(Enum):
        A = 1
        A = 2
except TypeError as e:
    print('TypeError:', e)


class WithMethods(Enum):
    ONE = 1
    TWO = 2

    def describe(self):
        return f'{self.name}={self.value}'

    @classmethod
    def first(cls):
        return cls.ONE

    @property
    def double(self):
        return self.value * 2

    @staticmethod
    def helper():
        return 'static'


print(WithMethods.ONE.describe(), WithMethods.first(), WithMethods.TWO.double, WithMethods.helper(), len(WithMethods))


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius


print(Planet.EARTH.mass, Planet.EARTH.value, Planet((3.303e+23, 2.4397e6)))


class Shape(Enum):
    SQ = 2

    def __str__(self):
        return 'custom ' + self.name


print(Shape.SQ, repr(Shape.SQ), f'{Shape.SQ}')


class Mixed(Enum):
    A = 'a'
    B = 2
    C = [1]


print(Mixed('a'), Mixed(2), Mixed([1]), repr(Mixed.A))


class Miss(Enum):
    A = 1

    @classmethod
    def _missing_(cls, value):
        if value == 0:
            return 'bad'
        return cls.A


print(Miss(99))
try:
    Miss(0)
except TypeError as e:
    print('TypeError:', e)


class Ignored(Enum):
    _ignore_ = ['tmp']
    tmp = 5
    A = 1


print(list(Ignored), Ignored.__name__, Color.__class__.__name__, Enum.__name__, isinstance(Color, type))


def consume(c):
    if c is Color.RED:
        return 'red!'
    if c == Color.GREEN:
        return 'green!'
    return 'other'


print(consume(Color.CRIMSON), consume(Color.GREEN), consume(Color.BLUE))
