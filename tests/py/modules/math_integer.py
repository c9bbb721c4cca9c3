# math's integer functions, exact on big ints: gcd, lcm, factorial, comb,
# perm, isqrt; floor/ceil/trunc of floats beyond 64 bits.
import math
print(math.gcd(12, 18), math.gcd(-12, 18), math.gcd(0, 5), math.gcd(), math.gcd(2 ** 100, 6 ** 50), math.gcd(12, 18, 27))
print(math.lcm(4, 6), math.lcm(-4, 6), math.lcm(4, 6, 0), math.lcm(), math.lcm(2 ** 64, 3))
print([math.factorial(n) for n in range(8)], math.factorial(30), math.factorial(True))
print(len(str(math.factorial(500))), math.factorial(100) % 10 ** 30)
print(math.comb(5, 2), math.comb(50, 25), math.comb(5, 6), math.comb(10 ** 20, 2), math.comb(100, 0))
print(math.perm(5, 2), math.perm(5), math.perm(5, 6), math.perm(10, 0), math.perm(30, 10))
print(math.isqrt(0), math.isqrt(15), math.isqrt(16), math.isqrt(10 ** 40), math.isqrt(2 ** 127 - 1), math.isqrt(True))
n = 12345678901234567890123456789
r = math.isqrt(n)
print(r, r * r <= n < (r + 1) * (r + 1))
print(math.floor(1e20), math.ceil(-1e22), math.trunc(2.5e30), math.floor(2 ** 70 + 0.5))
print(math.ceil(1e300) == 10 ** 300, math.floor(-1.5e16))
print(math.log(10 ** 1000), math.log2(2 ** 2000), math.log10(10 ** 500), math.log(2 ** 1000, 2))
