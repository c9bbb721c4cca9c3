# Modular exponentiation and repeated big-int arithmetic.
MOD = 1000000007
print(pow(2, 10 ** 6, MOD), pow(3, 2 ** 64, MOD))
acc = 1
for i in range(1, 101):
    acc = acc * i % MOD
print(acc)
fib_a, fib_b = 0, 1
for _ in range(300):
    fib_a, fib_b = fib_b, fib_a + fib_b
print(fib_a)
print(len(str(fib_a)), fib_a % 10 ** 10)
print(7 ** 77 % 10 ** 12)
print(sum(range(10 ** 6)) * 10 ** 20)
