# Operators whose right operand is a number constant (x + 1.5, x * 3, x - 2)
# on user classes: the dunder runs, NotImplemented falls back to the
# reflected method or raises, and subclasses of int/float as left operands.


class M:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return M(self.v + o) if isinstance(o, (int, float)) else NotImplemented

    def __sub__(self, o):
        return M(self.v - o)

    def __mul__(self, o):
        if o == 0:
            return NotImplemented
        return M(self.v * o)

    def __repr__(self):
        return "M(%r)" % (self.v,)


m = M(2)
for i in range(3):
    print(m + 1.5, m - 7, m * 3, m * 2.5, m + 1000000, m - 2.25)
try:
    m * 0
except TypeError as e:
    print("TypeError:", e)
try:
    m * 0.0
except TypeError as e:
    print("TypeError:", e)


class R:
    def __mul__(self, o):
        return NotImplemented


class RR(int):
    def __rmul__(self, o):
        return "rmul"


print(RR(3) * 3, 3 * RR(3))
try:
    R() * 3
except TypeError as e:
    print("TypeError:", e)


class Cnt:
    calls = 0

    def __mul__(self, o):
        Cnt.calls += 1
        return NotImplemented

    def __rmul__(self, o):
        return "never"


for k in range(3):
    try:
        Cnt() * 4
    except TypeError as e:
        print("TypeError:", e)
print(Cnt.calls)


class F(float):
    def __add__(self, o):
        return "F.add"


print(F(1.0) + 2.0, F(1.0) + 2, 2.0 + F(1.0))
M.__mul__ = lambda self, o: "patched %r" % (o,)
print(m * 3, m * 2.5)
