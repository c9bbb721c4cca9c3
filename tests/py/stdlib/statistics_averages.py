# statistics: mean, fmean, geometric_mean, medians, mode and multimode
import statistics as s
from fractions import Fraction as F
print(s.mean([1, 2, 4]), s.mean([True, False]), s.mean([1.5, 2]), s.mean([1, 3]), type(s.mean([1, 3])).__name__)
print(s.mean(iter([F(1, 3), F(2, 3)])), s.mean([0.1] * 10), s.mean([F(1, 2), 1]), s.mean(range(10)), s.mean((1e308, 1e308)))
print(s.fmean([1, 2, 4]), s.fmean(iter([3.5, 4.5])), s.fmean([1, 2, 3], weights=[0.25, 0.25, 0.5]),
      s.fmean((x for x in [1, 2]), iter([3, 1])), s.fmean([0.1] * 10))
print(s.geometric_mean([54, 24, 36]), s.geometric_mean([2.5, 4]))
print(s.median([1, 3, 5]), s.median([1, 3, 5, 7]), s.median([5, 1, 3, 7]), s.median([2.5, 1]), s.median([F(1, 2), F(1, 3)]))
print(s.median_low([1, 3, 5, 7]), s.median_high([1, 3, 5, 7]), s.median_low([3]), s.median_high('cab'), s.median(iter([4, 2, 9])))
print(s.mode([1, 1, 2, 3, 3, 3]), s.mode('aabbbc'), s.mode(['x']), s.mode([2, 1, 1, 2]), s.mode(iter('zz')))
print(s.multimode('aabbcd'), s.multimode([]), s.multimode([3, 1, 3, 1, 2]), s.multimode('x'))
print(s.mean([10**30, 1]), s.median([10**20, 1]), s.mean([F(7, 3), 2.0]), s.mean([1, 2.5]))
