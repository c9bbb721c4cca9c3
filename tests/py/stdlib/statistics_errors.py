# statistics: StatisticsError and the other errors for bad data
import statistics as s
from fractions import Fraction as F
print(s.StatisticsError.__mro__[:3], issubclass(s.StatisticsError, ValueError))
nan, inf = float('nan'), float('inf')
cases = [
    lambda: s.mean([]), lambda: s.variance([1]), lambda: s.pvariance([]), lambda: s.stdev([2]),
    lambda: s.pstdev([]), lambda: s.median([]), lambda: s.median_low([]), lambda: s.median_high([]),
    lambda: s.mode([]), lambda: s.fmean([]), lambda: s.fmean(iter([])), lambda: s.fmean([1, 2], [1]),
    lambda: s.fmean([1], [0]), lambda: s.mean(['a']), lambda: s.mean([1, 'a']), lambda: s.variance([None, 1]),
    lambda: s.geometric_mean([1, -1]), lambda: s.geometric_mean([]),
    lambda: s.stdev([1.0, nan]), lambda: s.variance([1.0, nan]), lambda: s.mean([1, inf, -inf]),
    lambda: s.mean([1, inf]), lambda: s.pvariance([inf, 1.0]), lambda: s.variance(iter([])),
    lambda: s.mean([1.5, F(1, 2)]), lambda: s.mean([F(1, 2), 1.5]), lambda: s.median([1, 'a']),
]
for f in cases:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
try:
    raise s.StatisticsError('custom')
except ValueError as e:
    print(repr(e))
