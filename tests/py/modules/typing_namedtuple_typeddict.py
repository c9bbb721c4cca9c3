# typing: NamedTuple and TypedDict class syntax, NewType.
from typing import NamedTuple, TypedDict, NewType, List


class Point(NamedTuple):
    x: int
    y: int = 0

    def norm1(self):
        return abs(self.x) + abs(self.y)


p = Point(1)
print(p, Point(3, -4).norm1(), p._fields, p._field_defaults, Point.__annotations__)
print(type(Point), Point.__bases__, isinstance(p, tuple), p._replace(y=5), p._asdict())
x, y = Point(7, 8)
print(x, y, Point._make([1, 2]))

Emp = NamedTuple('Emp', [('name', str), ('id', int)])
print(Emp('a', 1), Emp.__annotations__)

try:
    class Bad(NamedTuple):
        a: int = 1
        b: int
except TypeError as e:
    print('TypeError:', e)


class Movie(TypedDict):
    name: str
    year: int


class Movie2(Movie, total=False):
    extra: List[str]


m = Movie(name='Blade Runner', year=1982)
print(m, type(m), Movie.__annotations__, sorted(Movie.__required_keys__))
print(Movie2.__annotations__, sorted(Movie2.__required_keys__), sorted(Movie2.__optional_keys__))
print(type(Movie).__name__, Movie.__bases__, Movie.__total__, Movie2.__total__)
try:
    isinstance(m, Movie)
except TypeError as e:
    print('TypeError:', e)

UserId = NewType('UserId', int)
print(UserId, UserId(5), UserId.__supertype__, UserId.__name__)
