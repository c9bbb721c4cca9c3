# numbers: the numeric tower ABCs, registration of int/float/bool, abstract methods.
import numbers
from numbers import Number, Complex, Real, Rational, Integral

for v in (3, True, 2.5, 'x', None, [1]):
    print(repr(v), [isinstance(v, c) for c in (Number, Complex, Real, Rational, Integral)])
print(issubclass(int, Integral), issubclass(float, Rational), issubclass(bool, Number), issubclass(str, Number))
print(Integral.__mro__, Number.__hash__)
print(sorted(Integral.__abstractmethods__))
print(sorted(Real.__abstractmethods__))

try:
    Integral()
except TypeError as e:
    print('TypeError:', e)


class MyNum(Number):
    def __init__(self, v):
        self.v = v


print(isinstance(MyNum(1), Number), isinstance(MyNum(1), Real), MyNum(2).v)


class Frac(Rational):
    def __init__(self, n, d):
        self._n, self._d = n, d

    numerator = property(lambda self: self._n)
    denominator = property(lambda self: self._d)

    def __abs__(self): return Frac(abs(self._n), self._d)
    def __add__(self, o): return NotImplemented
    __radd__ = __mul__ = __rmul__ = __truediv__ = __rtruediv__ = __pow__ = __rpow__ = __add__
    __floordiv__ = __rfloordiv__ = __mod__ = __rmod__ = __add__
    def __neg__(self): return Frac(-self._n, self._d)
    def __pos__(self): return self
    def __eq__(self, o): return False
    def __lt__(self, o): return False
    def __le__(self, o): return False
    def __trunc__(self): return self._n // self._d
    def __floor__(self): return self._n // self._d
    def __ceil__(self): return -(-self._n // self._d)
    def __round__(self, nd=None): return round(self._n / self._d)


f = Frac(3, 4)
print(float(f), f.real is f, f.imag, f.conjugate() is f, isinstance(f, Real), isinstance(f, Integral))


class Odd:
    pass


Integral.register(Odd)
print(isinstance(Odd(), Number), issubclass(Odd, Real))
