# a negative float base to a fractional power gives a complex (CPython hands
# it to complex power), for float ** float, int ** float and pow()
print((-8) ** (1 / 3), (-8.0) ** 0.5, (-2.5) ** -1.5, pow(-1.0, 0.5), (-1e300) ** 0.5)
print(type((-4.0) ** 0.5).__name__, (-4.0) ** 2.0, (-4.0) ** -1.0, (-0.5) ** 1e-300)
try:
    pow(-8.0, 0.5, 3)
except TypeError as e:
    print('TypeError:', e)
import math
try:
    math.pow(-8, 0.5)
except ValueError as e:
    print('ValueError:', e)
