# fractions: int/round/floor/ceil/trunc and limit_denominator
from fractions import Fraction as F
import math
for v in [F(7, 2), F(-7, 2), F(5, 2), F(-5, 2), F(1, 3), F(-1, 3), F(10, 1)]:
    print(v, int(v), round(v), math.floor(v), math.ceil(v), math.trunc(v), type(round(v)).__name__)
print(round(F(1234, 1000), 2), round(F(1234, 1), -2), round(F(1, 3), 0), round(F(5, 2), 0),
      round(F(-1, 8), 2), repr(round(F(25, 100), 1)), round(F(15, 1), -1), round(F(25, 1), -1))
pi = F(3.141592653589793)
print(pi.limit_denominator(1000), pi.limit_denominator(100), pi.limit_denominator(10), pi.limit_denominator(1))
print(F('3.1415926535897932').limit_denominator(), F(10, 4).limit_denominator(1), F(-7, 3).limit_denominator(2))
print(F(1, 3).limit_denominator(10), F(0.1).limit_denominator(), F(1, 2).limit_denominator(1), F(3, 2).limit_denominator(1))
print(F(-3, 2).limit_denominator(1), F(5, 4).limit_denominator(2), F(2**100 + 1, 2**100).limit_denominator(10**6))
try:
    F(1, 3).limit_denominator(0)
except ValueError as e:
    print('ValueError:', e)
print([F(1, 3).limit_denominator(d) for d in range(1, 5)], F(1, 3).limit_denominator(3) is not F(1, 3))
