# Annotated assignment statements.
x: int = 5
y: str
z: list[int] = [1, 2]
print(x, z)
print(__annotations__)
try:
    print(y)
except NameError as e:
    print("NameError:", e)
class Point:
    x: int
    y: int = 0
    label: "str" = "origin"
print(Point.__annotations__)
print(Point.y, Point.label, hasattr(Point, "x"))
def f():
    local: float = 1.5
    unused: int
    return local
print(f())
d = {}
d["key"]: int = 3
print(d)
class O:
    pass
o = O()
o.attr: str = "set"
print(o.attr)
(paren): int = 7
print(paren)
