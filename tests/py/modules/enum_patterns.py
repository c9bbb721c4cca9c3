# enum in use: methods and properties on members, dict keys, json, sorting, flags with auto.
from enum import Enum, IntEnum, Flag, auto
class Status(Enum):
    ACTIVE = "active"
    INACTIVE = "inactive"
    def __str__(self): return self.value
    @property
    def is_on(self): return self is Status.ACTIVE
print(Status.ACTIVE, Status("inactive").is_on, [s.value for s in Status], Status.ACTIVE.is_on)
for s in Status:
    print(s.name, s.value, s)
counts = {Status.ACTIVE: 3}
print(counts[Status.ACTIVE], Status.ACTIVE in counts, sorted(Status, key=lambda s: s.value, reverse=True))
class Pri(IntEnum):
    LOW = 1
    HIGH = 3
import json
print(json.dumps({"p": Pri.HIGH}), max(Pri), Pri.LOW + Pri.HIGH, list(reversed(Pri)), Pri.HIGH.name.lower())
class Weekday(Flag):
    MON = auto()
    TUE = auto()
    WED = auto()
    WEEKEND = 0
print(Weekday.MON.value, Weekday.WED.value, len(Weekday.MON | Weekday.WED), Weekday.MON | Weekday.TUE | Weekday.WED)
x = Status.ACTIVE
if x == Status.ACTIVE: print("match")
print(x is Status.ACTIVE, x == "active", Status.ACTIVE.__class__ is Status)
class Op(Enum):
    ADD = "+"
    SUB = "-"
    def apply(self, a, b):
        return a + b if self is Op.ADD else a - b
print(Op("+").apply(2, 3), Op.SUB.apply(5, 1), Op["SUB"].value)
print(repr(Weekday.WEEKEND), Weekday(0), bool(Weekday.WEEKEND))
import copy
print(copy.deepcopy(Status.ACTIVE) is Status.ACTIVE)
