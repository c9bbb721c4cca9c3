# random: randrange/randint (CPython's _randbelow), choice, shuffle, sample,
# choices, uniform and the distributions, the Random class and its state.
import random
random.seed(2024)
print([random.randrange(10) for _ in range(10)])
print(random.randrange(5, 50, 5), random.randrange(10, 0, -3), random.randrange(2 ** 80), random.randint(-5, 5))
l = list(range(15))
random.shuffle(l)
print(l)
print(random.choice("abcdef"), random.choice([10, 20, 30]), random.sample(range(100), 5))
print(random.sample(range(10000), 8), random.sample("abcd", 4), random.sample([1, 2, 2, 3], k=2, counts=None))
print(random.sample(["a", "b"], k=5, counts=[3, 2]))
print(random.choices("abc", k=5), random.choices([1, 2, 3], weights=[10, 1, 1], k=6), random.choices("xy", cum_weights=[1, 2], k=3))
print(random.uniform(1, 2), random.triangular(0, 10, 3), random.gauss(0, 1), random.gauss(0, 1))
print(random.normalvariate(5, 2), random.expovariate(2), random.lognormvariate(0, 1))
print(random.betavariate(2, 3), random.gammavariate(0.5, 1), random.gammavariate(2, 1))
print(random.vonmisesvariate(1, 2), random.paretovariate(3), random.weibullvariate(1, 2))
r = random.Random(5)
print(r.random(), r.randrange(100), isinstance(r, random.Random), r.choice("xyz"))
state = r.getstate()
x1 = [r.random() for _ in range(3)]
r.setstate(state)
print(x1 == [r.random() for _ in range(3)], state[0], len(state[1]), state[2])
r2 = random.Random()
r2.seed(5)
print(r2.random() == random.Random(5).random())
bad = [
    lambda: random.randrange(0), lambda: random.randrange(5, 5), lambda: random.randrange(1, 10, 0),
    lambda: random.randrange(10, 1, 2), lambda: random.randrange(3, step=2), lambda: random.choice([]),
    lambda: random.sample([1, 2], 3), lambda: random.sample({1, 2}, 1), lambda: random.getrandbits(-1),
    lambda: random.choices("ab", [1, 2], cum_weights=[1, 2]), lambda: random.choices("ab", [1], k=1),
    lambda: random.choices("ab", [0, 0]),
]
for f in bad:
    try:
        f()
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__, e)
