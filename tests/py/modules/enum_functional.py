# enum: functional API, unique, verify and custom members via __new__.
from enum import Enum, IntEnum, unique, verify, UNIQUE, CONTINUOUS, auto

Animal = Enum('Animal', 'ANT BEE CAT')
print(list(Animal), Animal.BEE.value, Animal.__name__, repr(Animal))
A2 = Enum('A2', ['X', 'Y'])
A3 = Enum('A3', [('P', 5), ('Q', 7)])
A4 = Enum('A4', {'M': 'm', 'N': 'n'})
A5 = IntEnum('A5', 'a, b', start=10)
print(list(A2), list(A3), list(A4), list(A5), A5.b + 1)

try:
    @unique
    class U(Enum):
        a = 1
        b = 1
        c = 2
        d = 2
except ValueError as e:
    print('ValueError:', e)


@unique
class Ok(Enum):
    a = 1
    b = 2


print(list(Ok))

try:
    @verify(CONTINUOUS)
    class Gap(Enum):
        a = 1
        b = 4
except ValueError as e:
    print('ValueError:', e)


class Ordinal(Enum):
    def __new__(cls, value, label):
        obj = object.__new__(cls)
        obj._value_ = value
        obj.label = label
        return obj

    FIRST = (1, 'first')
    SECOND = (2, 'second')


print(Ordinal(1), Ordinal.SECOND.label, Ordinal(2).value)


class Base(Enum):
    def hello(self):
        return 'hello ' + self.name


class Child(Base):
    A = auto()


print(Child.A.hello(), Child.A.value, list(Base))
