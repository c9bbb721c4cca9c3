# int() of floats across the small-int boundary (2**47) up to and past 1e15.
vals = [5e14, -5e14, 2.0**47, -2.0**47, 2.0**47 - 1, -2.0**47 + 1, 2.0**47 + 0.5,
        1.4e14, 9.99e14, 1e15, -1e15, 1e16, 123456789012345.75, -123456789012345.75,
        2.0**53, -2.0**53, 1e300, 0.5, -0.5]
for v in vals:
    print(repr(v), int(v), v.__int__(), v.__trunc__(), round(v), type(int(v)).__name__)
import math
for v in vals:
    print(math.floor(v), math.ceil(v), math.trunc(v))
print(int(5e14) == 500000000000000, int(5e14) + 1, int(-5e14) * 2)
print(hash(int(5e14)) == hash(500000000000000))
