# hex(), oct(), bin() and literal forms.
for n in [0, 1, 7, 8, 15, 16, 255, 256, -1, -255, 2 ** 40, -(2 ** 70)]:
    print(n, hex(n), oct(n), bin(n))
print(0xff, 0o17, 0b1010, 0XAB, 0O7, 0B11, 1_000_000, 0x_ff)
print(hex(True), bin(False))
try:
    hex(1.5)
except TypeError as e:
    print(type(e).__name__, e)
