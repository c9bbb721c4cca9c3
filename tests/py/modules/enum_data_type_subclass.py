# The data type of an enum mixing in a subclass of a built-in is that subclass,
# and _ignore_ naming an existing member reports the clashing names.
from enum import Enum


class MyInt(int):
    def describe(self):
        return f"MyInt({int(self)})"


class Level(MyInt, Enum):
    LOW = 1
    HIGH = 2


print(type(Level.LOW._value_).__name__, Level._member_type_.__name__)
print(Level.HIGH.describe(), Level.LOW + 1, repr(Level.HIGH))

try:
    class Bad(Enum):
        X = 1
        _ignore_ = 'X'
except ValueError as e:
    print("ValueError:", e)
