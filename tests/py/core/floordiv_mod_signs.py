# Floor division and modulo follow the sign of the divisor.
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (0, -3), (6, 3), (-6, 3), (1, 10), (-1, 10)]
for a, b in pairs:
    q = a // b
    r = a % b
    print(a, b, q, r, q * b + r == a)
print(divmod(-7, 2), divmod(7, -2), divmod(-7, -2))
print(-1 // 3, -1 % 3, 1 // -3, 1 % -3)
print(-(7 // 2), (-7) // 2, -7 // 2)
