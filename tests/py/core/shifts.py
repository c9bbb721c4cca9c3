# Left and right shifts.
print(1 << 0, 1 << 1, 1 << 10, 1 << 64, 1 << 100)
print(1024 >> 3, 1024 >> 20, -1 >> 1, -1 >> 100, -16 >> 2, -17 >> 2)
print(5 << 3, -5 << 3)
print((1 << 200) >> 199)
print(0 << 1000)
try:
    1 << -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    1 >> -1
except ValueError as e:
    print(type(e).__name__, e)
x = 3
x <<= 4
print(x)
x >>= 2
print(x)
