# math: constants and the common float functions (results identical to
# CPython's, which calls the same libm).
import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.sqrt(2), math.sqrt(16), math.exp(1), math.expm1(1e-10), math.exp2(10))
print(math.log(math.e), math.log(8, 2), math.log(100, 10), math.log2(1024), math.log10(0.001), math.log1p(1e-12))
print(math.sin(math.pi / 6), math.cos(0), math.tan(math.pi / 4), math.asin(1), math.acos(0), math.atan(1), math.atan2(1, -1))
print(math.sinh(1), math.cosh(1), math.tanh(0.5), math.asinh(1), math.acosh(2), math.atanh(0.5))
print(math.degrees(math.pi), math.radians(180), math.hypot(3, 4), math.hypot(1, 2, 2), math.dist((0, 0), (3, 4)))
print(math.fabs(-3), math.copysign(2, -0.0), math.fmod(7, 3), math.fmod(-7, 3), math.remainder(7, 3))
print(math.floor(2.7), math.floor(-2.7), math.ceil(2.1), math.ceil(-2.1), math.trunc(-2.7), math.trunc(2.7))
print(type(math.floor(2.5)).__name__, math.floor(7), math.ceil(True))
print(math.isnan(math.nan), math.isinf(-math.inf), math.isfinite(1e308), math.isfinite(math.inf))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1), math.isclose(1, 1.1, rel_tol=0.2), math.isclose(0, 1e-10, abs_tol=1e-9))
print(math.erf(0.5), math.erfc(0.5), math.gamma(5), math.gamma(0.5), math.lgamma(10), math.cbrt(-8))
print(math.nextafter(1, 2), math.ulp(1.0), math.pow(2, 10), math.pow(-2, 3), math.pow(4, 0.5))
