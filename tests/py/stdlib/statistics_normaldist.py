# statistics.NormalDist: inv_cdf (AS 241), pdf/cdf, overlap, arithmetic, from_samples, samples
import statistics as s, random
N = s.NormalDist
rng = random.Random(9)
ps = [rng.random() for _ in range(3000)] + [1e-300, 1e-20, 1e-10, 0.02425, 0.075, 0.5, 0.925, 0.97575, 1 - 1e-16, 0.9999999, 1e-5]
d = N(3.5, 2.25)
acc = [d.inv_cdf(p) for p in ps]
print(hash(tuple(acc)), acc[:3], acc[-11:])
print(N(), N(1, 2) + N(3, 4), N(1, 2) - 5, 5 - N(1, 2), N(1, 2) * -3, 2 * N(1, 2), N(1, 2) / 4, -N(1, 2), +N(1, 2))
print(d.pdf(3), d.cdf(4), d.zscore(7), d.quantiles(), d.quantiles(10)[:3], d.mean, d.median, d.mode, d.stdev, d.variance)
print(d.overlap(N(5, 1)), N(5, 1).overlap(d), d.overlap(N(0, 2.25)), d.overlap(d), N(0, 1).overlap(N(0.5, 3)))
print(N.from_samples([2.5, 3.1, 2.1, 2.4, 2.7, 3.5]), N.from_samples(range(10)), N(1, 2) == N(1.0, 2.0), N(1, 2) == 3, hash(N(1, 2)) == hash((1.0, 2.0)))
print(N(1, 2).samples(4, seed=5), N(0, 1).samples(2, seed='x') if False else '', len(N().samples(3)))
print(N.from_samples([1, float('inf')]))
for f in [lambda: N(0, -1), lambda: N(0, 0).pdf(1), lambda: N(0, 0).cdf(1), lambda: N().inv_cdf(0), lambda: N().inv_cdf(1.5),
          lambda: N(0, 0).inv_cdf(0.5), lambda: N().overlap(3), lambda: N(0, 0).overlap(N()), lambda: N(0, 0).zscore(1), lambda: N.from_samples([1])]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
