# Set operators and comparisons.
a, b = {1, 2, 3, 4}, {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b)
print({1, 2} <= a, {1, 2} < a, a < a, a <= a, a >= {1}, a > a, {1, 2} == {2, 1})
c = {1}
c |= {2}
c &= {2, 3}
c ^= {4}
c -= {2}
print(c)
print(3 in a, 9 not in a, len(a | b))
try:
    a | [1]
except TypeError as e:
    print(type(e).__name__, e)
try:
    {[1]}
except TypeError as e:
    print(type(e).__name__, e)
