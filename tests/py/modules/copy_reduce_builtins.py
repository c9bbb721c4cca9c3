import copy, enum, dataclasses, functools
class Color(enum.Enum):
    RED = 1
print(copy.copy(Color.RED) is Color.RED, copy.deepcopy(Color.RED) is Color.RED)
class F(enum.Flag):
    A = 1
    B = 2
print(copy.deepcopy(F.A | F.B))
@dataclasses.dataclass
class P:
    x: int
    y: list
p = P(1, [2])
print(dataclasses.asdict(p), copy.deepcopy(p), copy.copy(p).y is p.y)
print(dataclasses.replace(p, x=3))
part = functools.partial(max, 1)
try:
    print(copy.copy(part)(5))
except Exception as e:
    print(type(e).__name__, e)
import sys
try:
    copy.deepcopy(sys)
except Exception as e:
    print(type(e).__name__, e)
def gen():
    yield 1
try:
    copy.copy(gen())
except Exception as e:
    print(type(e).__name__, e)
class Obj: pass
o = Obj(); o.f = lambda: 1
print(copy.deepcopy(o).f is o.f)
def f(*a, **k): return a, k
pp = functools.partial(f, [1], k=[2]); pp.attr = "x"
q = copy.deepcopy(pp); print(q(), q.attr, q.args[0] is pp.args[0], repr(q).startswith("functools.partial(<function f at "))
print(pp.__reduce__()[2][1:])
try:
    q.__setstate__((f, [], None, None))
except TypeError as e:
    print(e)
try:
    q.__setstate__((f,))
except TypeError as e:
    print(e)
