from dataclasses import dataclass
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
def f(v):
    match v:
        case 0 | 1 as small:
            return f"small {small}"
        case -1:
            return "minus one"
        case "hello":
            return "greeting"
        case None:
            return "none"
        case True:
            return "true"
        case [x, y, *rest] if x == y:
            return f"pair-start {x} {rest}"
        case [x, *_, z]:
            return f"seq {x}..{z}"
        case (a,):
            return f"one {a}"
        case []:
            return "empty"
        case {"k": val, **others}:
            return f"map {val} {others}"
        case {}:
            return "any map"
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=yy):
            return f"on y axis {yy}"
        case Point(xx, yy):
            return f"pt {xx},{yy}"
        case int(n) | float(n):
            return f"number {n}"
        case str() as s:
            return f"str {s!r}"
        case _:
            return "other"
for v in [0, 1, -1, "hello", None, True, [1, 1, 2, 3], [1, 2, 3], (5,), [], {"k": 1, "j": 2}, {"z": 0},
          Point(0, 0), Point(0, 5), Point(3, 4), 42, 2.5, "abc", b"xyz", "", {1, 2}]:
    print(repr(v) if not isinstance(v, Point) else "P", "->", f(v))
match = 1
print(match)
def match(x): return x * 2
print(match(3))
