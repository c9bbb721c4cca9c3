# from module import *
from math import *
print(sqrt(2) ** 2 > 1.99, floor(e), ceil(pi), fabs(-3.5))
print(isclose(0.1 + 0.2, 0.3), trunc(-2.7), log10(1000), log2(8), hypot(3, 4))
print(comb(5, 2), perm(5, 2), isqrt(17), copysign(1, -0.0))
print(radians(180) == pi, degrees(pi))
from string import *
print(ascii_lowercase, digits)
print(capwords("hello there world"))
