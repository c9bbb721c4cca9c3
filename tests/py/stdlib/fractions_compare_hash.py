# fractions: comparisons, hashing, str/repr, copies
from fractions import Fraction as F
import copy, math, numbers
print(F(1, 2) == 0.5, F(1, 3) == 1 / 3, F(1, 2) < 0.6, F(1, 2) > F(1, 3), F(1) == 1,
      F(1, 2) == 0.5 + 0j, F(1, 2) < float('inf'), F(1, 2) == float('nan'), F(2, 4) == F(1, 2),
      F(1, 2) >= float('-inf'), F(1, 2) <= float('nan'), 1 < F(3, 2), F(1, 2) != F(1, 3))
for v in [F(1, 3), F(-1, 3), F(2**61 - 1, 1), F(1, 2**61 - 1), F(-1, 2**61 - 1), F(7, 2), F(10**40, 7),
          F(-1), F(-2), F(0)]:
    print(repr(v), hash(v))
print(hash(F(1, 2)) == hash(0.5), hash(F(5)) == hash(5), hash(F(7, 2)) == hash(3.5),
      {F(1, 2): 'x'}[0.5], sorted([F(1, 2), 0.3, 1, F(-1, 3)]), len({F(2, 4), 0.5, F(1, 2)}))
print(repr(F(-3, 6)), str(F(4, 2)), F(0), bool(F(0)), bool(F(1, 9)), f'{F(5, 3)}', format(F(1, 3), ''))
try:
    format(F(1, 3), '.2f')
except TypeError as e:
    print('TypeError:', e)
print(F(2, 3).real, F(2, 3).imag, F(2, 3).conjugate(), float(F(1, 3)), complex(F(1, 2)))
print(isinstance(F(1), numbers.Rational), isinstance(F(1), numbers.Integral), issubclass(F, numbers.Real))
x = F(3, 7)
print(copy.copy(x) is x, copy.deepcopy(x) is x, copy.copy(x) == x, max(F(1, 3), F(2, 7)), min(0.3, F(1, 3)))
