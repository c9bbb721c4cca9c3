# fractions: construction from ints, strings, floats and rationals
from fractions import Fraction as F
print(F(), F(3), F(6, -4), F(-6, -4), F(0, 5), F(True), F(F(1, 3), F(1, 2)), F(3, F(1, 2)))
print(F(1.1), F(-0.0), F(0.5), F(1e300).denominator == 1, F(2.5e-5))
for s in ['3/4', ' -1_0.5e-1_0 ', '.5', '5.', '1E3', '  7/14 ', '1.e5', '1.5e+3', '-0', '+12',
          '1_000/3_000', '0.1', '-.25e2', '2e-3', '\t9\n']:
    print(repr(s), F(s))
for s in ['', '.', '1/', '/2', '1__0', '_1', '1_', '1e', '.e5', '+-1', '1 /2', 'abc', '1/0',
          '0x10', '3/-4', '1.5/2', 'inf', 'nan', '1/2/3', '- 1', '1.2.3']:
    try:
        print(repr(s), F(s))
    except (ValueError, ZeroDivisionError) as e:
        print(repr(s), type(e).__name__, e)
for bad in [(1.5, 2), ([],), (None,), (1, 2.0), (1j,)]:
    try:
        F(*bad)
    except TypeError as e:
        print('TypeError:', e)
for bad in [float('inf'), float('nan')]:
    try:
        F(bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    F(5, 0)
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
print(F.from_float(0.5), F.from_float(3), F.from_float(-1e-3), F.from_decimal(7))
for call in (lambda: F.from_float('x'), lambda: F.from_decimal(1.5)):
    try:
        call()
    except TypeError as e:
        print('TypeError:', e)
print(F(numerator=3, denominator=9), F(-1, 2).numerator, F(-1, 2).denominator, F(2, 3).as_integer_ratio())
try:
    F(1, 2).numerator = 5
except AttributeError:
    print('numerator is read-only')
