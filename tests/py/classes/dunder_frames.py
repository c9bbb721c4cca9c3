# Operators on user classes whose dunders run as interpreter frames:
# NotImplemented falling back to the other operand, reflected methods of a
# subclass going first, in-place operators without __iadd__, errors raised
# inside a dunder, and dunders replaced on the class after use.
class V:
    def __init__(self, x):
        self.x = x

    def __add__(self, o):
        if isinstance(o, V):
            return V(self.x + o.x)
        return NotImplemented

    def __sub__(self, o):
        return V(self.x - o.x)

    def __mul__(self, k):
        if k == 0:
            raise ValueError("zero scale")
        return V(self.x * k)

    def __neg__(self):
        return V(-self.x)

    def __repr__(self):
        return "V(%r)" % (self.x,)


class W:
    def __radd__(self, o):
        return "W.__radd__ got %r" % (o,)


class SubV(V):
    def __radd__(self, o):
        return "SubV.__radd__ first"

    def __add__(self, o):
        return "SubV.__add__"


v = V(2)
print(v + V(3), v - V(1), v * 4, -v)
print(v + W())
try:
    v + 1
except TypeError as e:
    print("TypeError:", e)
try:
    v * 0
except ValueError as e:
    print("ValueError:", e)
print(v + SubV(1), SubV(1) + v)
acc = V(0)
for k in range(4):
    acc += V(k)
print(acc)
try:
    acc += 5
except TypeError as e:
    print("TypeError:", e)


def twice(self, o):
    return "patched add"


def add(a, b):
    return a + b


print(add(v, v))
V.__add__ = twice
print(add(v, v))
del V.__add__
try:
    add(v, v)
except TypeError as e:
    print("TypeError:", e)
V.__neg__ = lambda self: "patched neg"
print(-v)


class Deep:
    def __add__(self, o):
        return self + o


try:
    Deep() + 1
except RecursionError:
    print("RecursionError")


# Comparisons: as values and as conditions.
class C:
    def __init__(self, k):
        self.k = k

    def __eq__(self, o):
        if not isinstance(o, C):
            return NotImplemented
        return self.k == o.k

    def __lt__(self, o):
        if isinstance(o, C):
            return self.k < o.k
        return NotImplemented

    def __gt__(self, o):
        return "C.__gt__ %r" % (o,)

    def __le__(self, o):
        return [self.k]

    def __repr__(self):
        return "C(%r)" % (self.k,)


class SubC(C):
    def __gt__(self, o):
        return "SubC.__gt__ first"


c1, c2, c3 = C(1), C(2), C(1)
print(c1 == c3, c1 == c2, c1 < c2, c2 < c1, c1 <= c2)
print(c1 == 1, c1 != 1, c1 < 5, c1 < SubC(0))
if c1 == c3:
    print("equal branch")
if c1 <= c2:
    print("list truthy branch")
if not c1 < c2:
    print("wrong")
else:
    print("less branch")
x = C(7)
print(x == x, [x] == [x], C(7) in [x])
try:
    if c1 >= 3:
        pass
except TypeError as e:
    print("TypeError:", e)


class BadBool:
    def __bool__(self):
        raise ValueError("no truth")


class R:
    def __eq__(self, o):
        return BadBool()


try:
    if R() == 1:
        pass
except ValueError as e:
    print("ValueError:", e)
C.__lt__ = lambda self, o: "patched lt"
print(c1 < c2)
