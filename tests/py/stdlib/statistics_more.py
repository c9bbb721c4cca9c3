# statistics: harmonic_mean, median_grouped, quantiles, covariance, correlation, linear_regression
import statistics as s, random
from fractions import Fraction as F
rng = random.Random(77)
for t in range(15):
    n = rng.randrange(2, 30)
    x = [rng.uniform(-50, 50) for _ in range(n)]
    y = [2.5 * v + rng.gauss(0, 3) for v in x]
    pos = [abs(v) + 0.5 for v in x]
    ints = [rng.randrange(1, 100) for _ in range(n)]
    print(s.covariance(x, y), s.correlation(x, y), s.linear_regression(x, y), s.linear_regression(x, y, proportional=True))
    print(s.harmonic_mean(pos), s.harmonic_mean(ints), s.harmonic_mean(pos, weights=ints), s.median_grouped(ints), s.median_grouped(x, 2.5))
    print(s.quantiles(x), s.quantiles(ints, n=10), s.quantiles(ints, n=7, method='inclusive'), s.quantiles(x, n=3, method='inclusive'))
print(s.harmonic_mean([40, 60]), s.harmonic_mean([F(1, 2), F(1, 3)]), s.harmonic_mean([5]), s.harmonic_mean([0, 5]), s.harmonic_mean([2.5, 0]))
print(s.harmonic_mean(iter([1, 2, 4]), weights=iter([1, 0, 3])), s.median_grouped([52, 52, 53, 54]), s.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]))
print(s.median_grouped([1, 3, 3, 5, 7], interval=2), s.median_grouped([3]), s.median_grouped([F(1, 2), 1, 2]), s.median_grouped([1, 2], 1.5))
print(s.quantiles([1, 2]), s.quantiles(range(10), n=1), s.quantiles([F(1), F(2), F(3)], n=4), s.linear_regression([1, 2, 3], [2, 4, 7]))
print(s.LinearRegression, s.linear_regression([1, 2], [3, 5]).slope, s.covariance([1, 2, 3], [1, 2, 4]), s.correlation([1, 2, 3], [3, 2, 1]))
for f in [lambda: s.harmonic_mean([]), lambda: s.harmonic_mean([-1]), lambda: s.harmonic_mean([1, -2]), lambda: s.harmonic_mean(['a']),
          lambda: s.harmonic_mean([1, 2], weights=[1]), lambda: s.harmonic_mean([1, 2], weights=[0, 0]), lambda: s.harmonic_mean([1, 2], weights=[-1, 2]),
          lambda: s.median_grouped([]), lambda: s.median_grouped(['a', 'b']), lambda: s.median_grouped([1, 2], 'x'),
          lambda: s.quantiles([1, 2], n=0), lambda: s.quantiles([1]), lambda: s.quantiles([1, 2], method='x'),
          lambda: s.covariance([1], [1]), lambda: s.covariance([1, 2], [1]), lambda: s.correlation([1, 1], [1, 2]), lambda: s.correlation([1, 2, 3], [1]),
          lambda: s.linear_regression([1, 1], [1, 2]), lambda: s.linear_regression([1], [2]), lambda: s.linear_regression([1, 2], [1], proportional=True),
          lambda: s.linear_regression([0, 0], [1, 2], proportional=True)]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
