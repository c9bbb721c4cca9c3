# dir() of an enum class lists CPython 3.11's protocol names (__contains__,
# __getitem__, __iter__, __len__, __name__ ...), its members, __new__ when
# it defines one, and nothing else for a plain Enum.
import enum


class Color(enum.Enum):
    RED = 1
    GREEN = 2


class W(enum.Enum):
    def __new__(cls, v):
        o = object.__new__(cls)
        o._value_ = v
        return o
    X = 1


class F(enum.Flag):
    A = 1
    B = 2


print(dir(Color))
print(dir(W))
print(dir(F))
print(dir(Color.RED))
print([n for n in dir(enum.IntEnum('N', 'A B')) if not n.startswith('__')][:4])
