# int/float subclass instances through math, sum/min/max/sorted, pow, round, format, indexing
import math
class F(float): pass
xs = [F(3.5), 1.0, F(-2), 2]
print(sum(xs), sorted(xs), max(xs), min(xs), math.isnan(F('nan')), math.fsum(xs), round(F(2.675), 2), F(7) // 2, divmod(F(7), F(2)), F(1e300) * 1e300, hash(F(0.5)) == hash(0.5), F(3) == 3, 3 == F(3), F(2) ** 0.5, pow(F(2), 3), abs(F(-0.5)), int(F(1e20)), F(1.5).__floor__() if hasattr(float, '__floor__') else 1, [1, 2, 3][int(F(1))], F(0.1).hex(), float(F(1.25)).hex(), '%g' % F(1e-5), format(F(1234.5), ','), str(F(5)), math.floor(F(2.5)), math.ceil(F(2.5)), F(5).real, F(5).imag, F(5).conjugate())
class I(int): pass
ys = [I(3), 1, I(-2)]
print(sum(ys), sorted(ys), max(ys), min(ys), math.gcd(I(12), 18), math.factorial(I(5)), I(10) ** I(20), I(7) >> 1, pow(I(3), 4, 5), bin(I(5)), oct(I(8)), '%x' % I(255), format(I(255), 'x'), I(5).conjugate(), type(I(5).conjugate()).__name__, I(3).denominator, type(I(3).numerator).__name__, I(3).__index__(), type(I(3).__index__()).__name__, chr(I(65)), 'ab'[I(1)], list(range(I(3))), bytes([I(65)]), {I(1): 'a'}.get(1))
