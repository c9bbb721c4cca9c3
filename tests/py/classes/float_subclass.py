# Subclasses of float: arithmetic gives floats, formatting, rounding, math, json, extra attributes, __new__ checks.
import math
class F(float):
    def __repr__(self): return f"F({float(self)})"
f = F(2.5)
print(f, type(f).__name__, f + 1, type(f + 1).__name__, f * 2, -f, abs(F(-1.5)), f == 2.5, hash(f) == hash(2.5), f < 3, int(f), round(f), math.floor(f), math.sqrt(F(4.0)))
print(f"{f:.3f}", format(f, ">6"), str(f), float(f), type(float(f)).__name__, f.is_integer(), f.as_integer_ratio(), f.real, isinstance(f, float), bool(F(0.0)), sorted([F(3.0), 1.0, F(2.0)]))
class Celsius(float):
    def __new__(cls, v):
        if v < -273.15: raise ValueError("below absolute zero")
        return super().__new__(cls, v)
    @property
    def fahrenheit(self): return self * 9 / 5 + 32
c = Celsius(100); print(c, c.fahrenheit, repr(c), c.__class__.__name__, F("1.5"), F())
try: Celsius(-300)
except ValueError as e: print(e)
c.note = "boiling"; print(c.note, vars(c))
print(max(F(1.0), F(2.0)), sum([F(1.5), F(2.5)]), 1 / F(4.0), F(7.0) // 2, F(7.0) % 2, divmod(F(7.0), 2), F(2.0) ** 3, 2 ** F(2.0))
import json
class G(float): pass
print(json.dumps([G(1.5)]), "%.2f" % G(1.5), "%d" % G(2.7), math.isclose(G(1.0), 1.0), math.floor(G(2.5)), "{:.1f}".format(G(2.25)), G(3.0).is_integer())
class I(int): pass
print(json.dumps({"a": I(3)}), "%d %s %x" % (I(10), I(11), I(255)), "{:04d}".format(I(7)), math.factorial(I(5)), list(range(I(3))), [1,2,3][I(1)], "ab" * I(2))
