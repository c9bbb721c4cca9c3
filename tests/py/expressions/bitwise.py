# Bitwise operators on ints (including negatives and big ints) and sets.
a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a)
print(bin(a & b), bin(a | b), bin(a ^ b))
print(1 << 10, 1024 >> 3, -16 >> 2, -1 << 4)
print(-5 & 0xFF, -5 | 2, -5 ^ 3)
print((1 << 100) | 1, (1 << 100) >> 98, ((1 << 100) - 1) & 0xFF)
print(~0, ~-1, ~~7)
print(True & False, True | False, True ^ True)
print({1, 2, 3} & {2, 3, 4}, {1} | {2}, {1, 2} ^ {2, 3})
x = 0
for i in range(8):
    if i % 3 == 0:
        x |= 1 << i
print(x, bin(x), x.bit_count() if hasattr(x, "bit_count") else bin(x).count("1"))
