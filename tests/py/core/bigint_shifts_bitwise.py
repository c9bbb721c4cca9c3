# Shifts and bitwise operations on big integers.
x = (1 << 100) | (1 << 50) | 1
print(x)
print(x >> 50, x >> 100, x >> 101)
print(x & ((1 << 64) - 1))
print(x ^ (1 << 100))
print(~x)
print(-x >> 60)
print(-(1 << 100) & 0xFFFF, -(1 << 100) | 1)
print((1 << 100) & -(1 << 100))
print(((1 << 128) - 1) ^ ((1 << 64) - 1))
print(x.bit_length(), (-x).bit_length(), (0).bit_length(), (255).bit_length())
print(bin(1 << 70))
print(hex(2 ** 100 - 1))
