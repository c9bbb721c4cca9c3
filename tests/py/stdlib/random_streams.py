# random: CPython's Mersenne Twister streams for the common functions, randbytes, and
# SystemRandom (os.urandom; no state).
import random
random.seed(42)
print(random.random(), random.randint(1, 100), random.uniform(0.05, 1.0), random.choice('abcdef'))
l = list(range(10)); random.shuffle(l); print(l)
print(random.sample(range(100), 5), random.gauss(0, 1), random.randrange(0, 1000, 7))
print(random.choices('abc', weights=[1, 2, 3], k=5), random.getrandbits(70))
random.seed('hello'); print(random.random())
r = random.Random(7); print(r.random(), r.normalvariate(1, 2), r.expovariate(1.5), r.triangular(), r.betavariate(2, 3))
print(random.Random(5).randbytes(5))
s = random.SystemRandom()
x = s.random(); print(0 <= x < 1, s.getrandbits(0), len(s.randbytes(4)), s.randint(3, 3), s.seed(5))
try: s.getstate()
except NotImplementedError as e: print(e)
print(random.randbytes(3) == random.randbytes(3))
