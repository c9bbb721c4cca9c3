# statistics: bit-exact results over many seeded random data sets
import random
import statistics as s
rng = random.Random(2024)
for trial in range(6):
    n = rng.randrange(2, 20)
    floats = [rng.uniform(-1000, 1000) for _ in range(n)]
    ints = [rng.randrange(-10**6, 10**6) for _ in range(n)]
    scaled = [x * 1e-7 for x in floats]
    print(trial, s.mean(floats), s.fmean(floats), s.stdev(floats), s.pvariance(floats))
    print(' ', s.mean(ints), s.variance(ints), s.pstdev(ints), s.median(ints), s.stdev(scaled), s.variance(scaled))
