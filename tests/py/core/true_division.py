# True division always gives a float.
print(7 / 2, 6 / 3, -7 / 2, 1 / 3, 2 / 3)
print(type(6 / 3).__name__)
print(10 / 4, 10.0 / 4, 10 / 4.0)
print(1 / 7, 22 / 7)
print(0 / 5, -0 / 5, 0 / -5)
print(2 ** 100 / 2 ** 99)
print(10 ** 20 / 10 ** 10)
print(1 / 1e-300)
print(123456789 / 1000)
x = 9
x /= 2
print(x)
