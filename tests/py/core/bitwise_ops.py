# Bitwise operators on ints, including negatives.
a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a)
print(-5 & 3, -5 | 3, -5 ^ 3, ~-5)
print(-1 & 0xFF, -256 & 0xFF, -1 ^ -1)
print(~0, ~1, ~-1)
print(True & False, True | False, True ^ True, type(True & True).__name__)
print(0xF0 & ~0x30)
x = 0xFF
x &= 0x0F
x |= 0x100
x ^= 0x1
print(x, bin(x))
print(bin(-6 & 7), bin(6 ^ -1))
