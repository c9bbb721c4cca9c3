# Big-int floor division and modulo with signs.
a = 10 ** 30 + 7
b = 10 ** 15 + 3
for x, y in [(a, b), (-a, b), (a, -b), (-a, -b), (a, 7), (-a, 7), (a, -7), (7, a), (-7, a)]:
    q, r = divmod(x, y)
    print(q, r, q * y + r == x, x // y == q, x % y == r)
print(2 ** 200 // 2 ** 100 == 2 ** 100)
print((2 ** 127 - 1) % 1000000007)
print(-(2 ** 127) // 3)
