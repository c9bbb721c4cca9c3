# Arithmetic and comparison dunder methods.
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return "Vec(%r, %r)" % (self.x, self.y)
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)
    def __rmul__(self, k):
        return self * k
    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)
    def __eq__(self, o):
        return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)
    def __lt__(self, o):
        return abs(self) < abs(o)
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __bool__(self):
        return bool(self.x or self.y)
    def __hash__(self):
        return hash((self.x, self.y))
a, b = Vec(1, 2), Vec(3, 4)
print(a + b, b - a, a * 3, 3 * a, b / 2)
print(a == Vec(1, 2), a != b, a == "x", abs(b))
print(a < b, a > b, sorted([b, a]))
print(bool(Vec(0, 0)), bool(a))
print(len({a, Vec(1, 2), b}))
v = a
v += b
print(v, a)
class Money:
    def __init__(self, c):
        self.c = c
    def __radd__(self, other):
        return Money(self.c + other)
    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.c + other.c)
        return NotImplemented
    def __repr__(self):
        return "Money(%d)" % self.c
print(sum([Money(1), Money(2), Money(3)]))
try:
    Money(1) + "x"
except TypeError as e:
    print(e)
