import collections.abc
from collections import deque, OrderedDict, defaultdict

class MySeq(collections.abc.Sequence):
    def __init__(self, *items): self.items = items
    def __len__(self): return len(self.items)
    def __getitem__(self, i): return self.items[i]

class Reg:
    def __len__(self): return 2
    def __getitem__(self, i):
        if i >= 2: raise IndexError
        return i * 10
collections.abc.Sequence.register(Reg)

class NotSeq:
    def __len__(self): return 2
    def __getitem__(self, i): return i

class MyMap(collections.abc.Mapping):
    def __init__(self, d): self.d = d
    def __getitem__(self, k):
        print("getitem", k)
        return self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
    def get(self, k, default=None):
        print("get", k)
        return self.d.get(k, default)

def seq(v):
    match v:
        case [a, b, c]:
            return ("three", a, b, c)
        case [a, b]:
            return ("two", a, b)
        case [a, *rest]:
            return ("many", a, rest)
        case _:
            return "no"

for v in [MySeq(1, 2), Reg(), NotSeq(), deque([1, 2, 3]), range(5), "ab", b"ab", bytearray(b"ab"),
          (1, 2), [1], memoryview(b"xy"), {1: 2, 3: 4}, {1, 2}, iter([1, 2])]:
    print(type(v).__name__, seq(v))

def mp(v):
    match v:
        case {"a": 1, "b": x}:
            return ("ab", x)
        case {"a": x, **rest}:
            return ("a", x, rest)
        case {}:
            return "empty-ish"
        case _:
            return "no"

for v in [{"a": 1, "b": 2}, {"a": 2, "c": 3}, MyMap({"a": 5, "z": 1}), OrderedDict(a=1, b=9),
          defaultdict(int, a=7), {}, [("a", 1)], MyMap({})]:
    print(type(v).__name__, mp(v))

# bindings: partial binding when guard fails
match [1, 2]:
    case [p, q] if p > 5:
        print("no")
    case _:
        print("p, q after failed guard:", p, q)

# nested captures with or
match (1, [2, 3]):
    case (1, [x, y]) | (2, [y, x]):
        print("or", x, y)

# value patterns with dotted names
class Color:
    RED = 1
    GREEN = 2
import enum
class E(enum.Enum):
    A = 1
    B = 2
for c in [1, 2, 3, E.A, E.B]:
    match c:
        case Color.RED:
            print("red")
        case Color.GREEN:
            print("green")
        case E.A:
            print("E.A")
        case E.B | 3:
            print("E.B or 3")

# singletons use identity
for v in [0, False, 1, True, None, 0.0]:
    match v:
        case False:
            print(repr(v), "is False")
        case True:
            print(repr(v), "is True")
        case 0:
            print(repr(v), "== 0")
        case 1:
            print(repr(v), "== 1")
        case None:
            print(repr(v), "None")

# strings and negative numbers
for v in ["x", -3, -2.5, 3, b"by"]:
    match v:
        case "x" | b"by":
            print("str/bytes", v)
        case -3:
            print("neg int")
        case -2.5:
            print("neg float")
        case _:
            print("other", v)

# tuple subject
match 1, 2:
    case (1, z):
        print("tuple subject", z)

# walrus subject and guard using bound name
data = [3, 4]
match (n := len(data)):
    case k if k == n:
        print("walrus", k, n)
