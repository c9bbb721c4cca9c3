# functools.wraps / update_wrapper, total_ordering, cmp_to_key,
# cached_property.
import functools
from functools import wraps, update_wrapper, total_ordering, cmp_to_key, cached_property


def logged(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        print("calling", fn.__name__)
        return fn(*args, **kwargs)
    return wrapper


@logged
def double(x):
    "Doubles x."
    return 2 * x


print(double(21), double.__name__, double.__doc__, double.__wrapped__(1), double.__qualname__)


def other():
    pass


def target():
    "target doc"


other.attr = 1
target.extra = "e"
w = update_wrapper(other, target)
print(w is other, other.__name__, other.__doc__, other.extra, other.attr, other.__wrapped__ is target)


@total_ordering
class Version:
    def __init__(self, major, minor):
        self.t = (major, minor)

    def __eq__(self, other):
        return self.t == other.t

    def __lt__(self, other):
        return self.t < other.t

    def __repr__(self):
        return "V%d.%d" % self.t


a, b = Version(1, 2), Version(1, 10)
print(a < b, a <= b, a > b, a >= b, a == b, a != b, sorted([b, a]), max(a, b))
print(Version.__gt__.__name__)
try:
    @total_ordering
    class Nothing:
        pass
except ValueError as e:
    print(e)


def by_len_then_alpha(x, y):
    if len(x) != len(y):
        return len(x) - len(y)
    return (x > y) - (x < y)


print(sorted(["bb", "a", "ccc", "ab"], key=cmp_to_key(by_len_then_alpha)))
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))


class Circle:
    def __init__(self, r):
        self.r = r

    @cached_property
    def area(self):
        print("computing area")
        return 3 * self.r * self.r


c = Circle(2)
print(c.area, c.area, "area" in c.__dict__)
