# divmod() and three-argument pow().
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(0, 7))
print(divmod(17.5, 5), divmod(2 ** 80, 10 ** 9))
print(pow(3, 4, 5), pow(2, 100, 1000000007), pow(-3, 3, 7), pow(3, 200, 13))
print(pow(7, -1, 13), pow(2, 0, 5), pow(5, 3, 1))
print(pow(2, 3), pow(2.0, 3), pow(4, 0.5), pow(10, -2))
try:
    pow(2, 3, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    pow(2, -1, 4)
except ValueError as e:
    print(type(e).__name__, e)
