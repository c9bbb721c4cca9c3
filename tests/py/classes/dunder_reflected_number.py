# `number op instance`: int and float on the left give NotImplemented, so
# the instance's reflected dunder runs; its NotImplemented is a TypeError;
# subclasses of int/float and classes without the reflected method.


class M:
    def __init__(self, v):
        self.v = v

    def __radd__(self, o):
        return M(o + self.v)

    def __rsub__(self, o):
        return M(o - self.v)

    def __rmul__(self, o):
        return NotImplemented if o == 0 else M(o * self.v)

    def __rtruediv__(self, o):
        return "rtruediv %r" % (o,)

    def __repr__(self):
        return "M(%r)" % (self.v,)


m = M(3)
for k in (1, 2.5, -4):
    print(k + m, k - m, k * m, k / m)
x = 10
x = x + m
print(x)
for z in (0, 0.0):
    try:
        z * m
    except TypeError as e:
        print("TypeError:", e)


class NoR:
    pass


for op in ("+", "-", "*", "/", "//", "%", "**", "<<", "&"):
    try:
        eval("1 %s NoR()" % op)
    except TypeError as e:
        print("TypeError:", e)


class OnlyAdd:
    def __add__(self, o):
        return "add"


try:
    print(1 + OnlyAdd())
except TypeError as e:
    print("TypeError:", e)


class MyInt(int):
    def __radd__(self, o):
        return "MyInt.radd"

    def __add__(self, o):
        return "MyInt.add"


class MyFloat(float):
    def __rsub__(self, o):
        return "MyFloat.rsub"


print(1 + MyInt(2), MyInt(2) + 1, 1.5 - MyFloat(2), 2 - MyFloat(1))


class Counting:
    n = 0

    def __radd__(self, o):
        Counting.n += 1
        return NotImplemented


for i in range(3):
    try:
        i + Counting()
    except TypeError as e:
        print("TypeError:", e)
print(Counting.n)
M.__radd__ = lambda self, o: "patched"
print(1 + m, 2.0 + m)
del M.__radd__
try:
    1 + m
except TypeError as e:
    print("TypeError:", e)
M.__radd__ = lambda self, o: M(o + self.v)
print(sum([M(1)], 0), sum([M(2)], 0.5))


# Unary minus through the instruction's cache: a patched __neg__.
class N:
    def __neg__(self):
        return "neg1"


def negate(x):
    return -x


print([negate(N()) for _ in range(2)])
N.__neg__ = lambda self: "neg2"
print(negate(N()))


class N2(N):
    def __neg__(self):
        return "N2"


print(negate(N2()), negate(5), negate(2.5))
