# statistics: variance, pvariance, stdev, pstdev (exact, then rounded once)
import statistics as s
from fractions import Fraction as F
print(s.variance([1, 2, 3]), s.variance([1, 2, 3, 4]), s.pvariance([1, 2, 3, 4]), s.pvariance([2, 4]))
print(s.variance([F(1, 2), F(3, 4), 1]), s.variance([1.5, 2.5, 2.5, 2.75]), s.pvariance((F(1, 3), F(2, 3))))
print(s.stdev([1, 2, 3, 4]), s.pstdev([1, 2, 3, 4]), s.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), s.pstdev([F(1, 3), F(2, 3)]))
print(s.variance([1, 2, 3], xbar=2), s.variance([1, 2, 3], 2.0), s.pvariance([1.0, 2.0], mu=1.5), s.stdev([1, 2, 3], 2))
print(s.variance(iter([1, 2, 3])), s.pstdev(x * 0.1 for x in range(10)), s.stdev(range(100)), s.pvariance(range(7)))
print(s.variance([10**20, 10**20 + 1, 10**20 + 2]), s.stdev([1e300, 1e300 * 1.0000001]), s.pstdev([0, 0, 0]))
print(s.stdev([2**0.5, 3**0.5, 5**0.5]), s.pstdev([1e-300, 3e-300]), s.variance([0.1, 0.2, 0.3]), s.pvariance([5]))
print(type(s.variance([1, 2, 3])).__name__, type(s.variance([1, 2])).__name__, type(s.stdev([1, 3])).__name__)
print(s.variance([True, False, True]), s.stdev([1, 1, 1]), s.variance([F(1), 2.0, 3]))
