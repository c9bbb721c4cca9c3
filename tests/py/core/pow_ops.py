# ** with negative, float and big exponents.
print(2 ** 10, 2 ** 0, 0 ** 0, (-2) ** 3, -2 ** 2)
print(2 ** -1, 2 ** -2, 10 ** -3)
print(4 ** 0.5, 8 ** (1 / 3), 2.0 ** 3)
print((-8) ** 2, (-1) ** 101, (-1) ** 100)
print(2 ** 3 ** 2, (2 ** 3) ** 2)
print(1.5 ** 2, 0.5 ** -2)
print(type(2 ** 2).__name__, type(2 ** -2).__name__, type(2.0 ** 2).__name__)
print(3 ** 40)
print(pow(2, 10), pow(2, -1), pow(2.5, 2))
x = 3
x **= 4
print(x)
