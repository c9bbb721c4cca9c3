# Integer arithmetic including negative floor division and modulo.
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3)]:
    print(a, b, a // b, a % b, divmod(a, b), a / b)
print(2 ** 10, 2 ** -1, (-2) ** 3, (-8) ** 2)
print(pow(3, 4), pow(3, 4, 5), pow(2, -1, 7))
print(abs(-5), abs(5), -(-5))
print(10 ** 30 // 7, 10 ** 30 % 7)
print(max(3, 9, 1), min([4, 2, 8]), sum(range(101)))
print(1 + 2 * 3 - 4 // 2 % 3)
print(True + True, True * 10, False - 1)
print(5 == 5.0, 1 == True, hash(1) == hash(1.0))
print(int.bit_length(255), (1023).bit_length())
print(17 & 5, 17 | 5, 17 ^ 5, 1 << 70, -1 >> 3)
