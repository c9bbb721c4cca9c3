# random: with random.seed(n) the sequences are CPython's (the Mersenne
# Twister seeded from n's 32-bit words), for small, big, negative and float seeds.
import random
for s in [0, 1, 42, 2 ** 32, 2 ** 100 + 7, -42, 12345678901234567890, 3.5, -7.25, True]:
    random.seed(s)
    print(s, random.random(), random.getrandbits(40), random.randint(0, 10 ** 6))
random.seed(7)
print([random.random() for _ in range(3)])
print([random.getrandbits(k) for k in (1, 8, 31, 32, 33, 64, 100)])
random.seed(42)
a = [random.random() for _ in range(5)]
random.seed(42)
print(a == [random.random() for _ in range(5)])
