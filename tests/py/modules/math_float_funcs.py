# math: fsum (exact summation), prod, frexp/ldexp/modf, hypot and dist in
# many dimensions, copysign and signed zeros.
import math
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100]), math.fsum([]))
print(math.fsum([1, 2, 3]), math.fsum(x / 7 for x in range(100)), math.fsum([1e-16, 1, 1e16]))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2.5, 4]), math.prod(range(1, 21)), math.prod([2, 3], start=10))
print(math.prod(["ab"], start=2) if False else math.prod([[1]], start=2))
print(math.frexp(8.0), math.frexp(0.1), math.frexp(-0.0), math.frexp(0), math.ldexp(0.5, 4), math.ldexp(1, -1074))
print(math.modf(3.25), math.modf(-3.25), math.modf(math.inf), math.modf(2))
print(math.hypot(), math.hypot(-5), math.hypot(3, 4, 12), math.hypot(1e200, 1e200), math.hypot(1e-200, 1e-200))
print(math.hypot(math.inf, math.nan), math.hypot(1.5, 2.5, 3.5, 4.5))
print(math.dist((1, 2, 3), (4, 6, 8)), math.dist([0.1, 0.2], [0.3, 0.5]))
print(math.copysign(3, -0.0), math.copysign(-3, 0.0), math.fabs(-0.0), math.sqrt(-0.0))
vals = [0.5 * i - 3.3 for i in range(12)]
print([round(math.gamma(v), 10) for v in vals if v != int(v)])
print([math.lgamma(v) for v in (0.5, 1.5, 2.5, 100.5)])
