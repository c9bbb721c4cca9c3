# collections.namedtuple: fields, defaults, _make/_replace/_asdict, repr,
# validation errors.
from collections import namedtuple
Point = namedtuple("Point", "x y")
p = Point(1, y=2)
print(p, p.x + p.y, p[0], p._asdict(), Point._fields, p._replace(x=10), Point._make([3, 4]))
x, y = p
print(x, y, isinstance(p, tuple), len(p), p == (1, 2))
P3 = namedtuple("P3", ["x", "y", "z"], defaults=[0])
print(P3(1, 2), P3._field_defaults)
for args in (("Bad", "a a"), ("Bad", "def x"), ("Bad", "_x"), ("1Bad", "x")):
    try:
        namedtuple(*args)
    except ValueError as e:
        print(e)
print(namedtuple("R", "a _b def", rename=True)._fields)
