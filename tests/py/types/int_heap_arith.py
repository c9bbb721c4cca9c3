# Arithmetic whose results leave the small-int range (heap ints built
# straight from 64-bit values), mixed with small ints, bools and int
# subclasses: values, hashes, equality and the subclass dunders.
import sys

edges = [2**47 - 1, 2**47, 2**48, -2**47, -2**47 - 1, 2**62, 2**63 - 1, -2**63, 2**63, 2**64 + 5, -(2**64)]
for a in edges:
    for b in (1, -1, 2**20, -(2**40), True, False):
        s, d = a + b, a - b
        print(a, b, s, d, a * b if abs(b) < 2**21 else '-', hash(s) == hash(int(str(s))), s == int(str(s)))

total = 0
for i in range(0, 3 * 10**6, 7919):
    total += i * i * 1000
print(total, type(total), total == int(str(total)))
t = 2**47 - 5
for _ in range(10):
    t += 1
    t -= -1
print(t, {t: 'k'}[2**47 + 15])
x = -(2**47) + 3
for _ in range(10):
    x -= 1
print(x, x + 2**47, (x * 2) // 3, x % 1000, -x)
print(sys.maxsize + 1, sys.maxsize * 2, -sys.maxsize - 2)


class MyInt(int):
    def __add__(self, other):
        return ('MyInt.add', int(self), other)

    def __radd__(self, other):
        return ('MyInt.radd', other, int(self))


big = 2**50
print(MyInt(3) + big)
print(big + MyInt(3))
r = big
r += MyInt(1)
print(r)
print(True + big, big - True, big * False)
print(big + 2.5, big / 2**49, big // 3, big % 7, big ** 2, big << 3, big >> 49, big & 0xFFFF, big | 1, big ^ big)
try:
    big @ 3
except TypeError as e:
    print(e)
try:
    big // 0
except ZeroDivisionError as e:
    print(e)
