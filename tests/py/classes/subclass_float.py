# User subclasses of float: construction, repr override, arithmetic gives plain floats, methods
import math
class F(float):
    def __repr__(self):
        return "F(%s)" % float.__repr__(self)
x = F(1.5)
print(x, repr(x), str(x), x * 2, type(x * 2), isinstance(x, float), x == 1.5, hash(x) == hash(1.5), -x, type(-x))
print(x + 1, 1 + x, x < 2, int(x), round(x), float(x), type(float(x)), F(2.0).is_integer(), F.fromhex('0x1p1'), type(F.fromhex('0x1p1')).__name__)
class Celsius(float):
    def __new__(cls, v):
        o = super().__new__(cls, v)
        o.unit = 'C'
        return o
c = Celsius('21.5')
print(c, c.unit, c.__dict__, c.is_integer(), c.hex(), c.as_integer_ratio(), f'{c:.2f}', c + c, abs(Celsius(-1)), Celsius(3) ** 2)
print(c // 2, c % 2, divmod(c, 2), max(c, 3.0), sorted([Celsius(2), 1.0]), math.floor(c), math.sqrt(Celsius(16)), '%.1f' % c)
class Fl(float):
    pass
print(Fl(), Fl(2), Fl('inf'), Fl(1) == 1, Fl(0.1) + Fl(0.2), type(Fl(1) + Fl(2)).__name__, Fl.__mro__, -Fl(0.0), Fl(3.7).__int__(), bool(Fl(0)))
print(round(Fl(2.567), 2), {Fl(1.0): 'one'}[1], Fl(5) / 2, 2 ** Fl(3), Fl(7).real, int(Fl(-2.5)))
