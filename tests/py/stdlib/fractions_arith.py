# fractions: arithmetic with int, float, complex and Fraction
from fractions import Fraction as F
a, b = F(1, 3), F(1, 6)
print(a + b, a - 1, 1 - a, a * 3, a * 0.5, 0.5 + F(1, 2), F(1, 2) + 1j, a / b, 2 / a, a / 2.0)
print(F(7, 2) // 2, 7 // F(2), divmod(F(7, 2), F(1, 3)), F(7, 2) % F(1, 3), -7 % F(2, 3),
      divmod(7.5, F(2)), F(-7, 2) // F(1, 3), F(7, 2) % 1.5, 5 % F(3, 2))
print(F(-3, 2) ** -3, F(2, 3) ** F(1, 2), 2 ** F(3), F(2) ** 1.5, 1.5 ** F(2), F(1, 2) ** 2.0,
      (-8) ** F(1, 3), F(2) ** -2, F(-2) ** -3, F(4) ** F(1, 2), F(2, 3) ** 0, 2 ** F(-1), F(1, 2) ** 1j)
print(abs(F(-1, 2)), -F(1, 2), +F(1, 2), F(10**20, 3) / F(7, 10**19))
print(sum([F(1, n) for n in range(1, 11)]), sum(F(1, 2**k) for k in range(20)))
for expr in ['F(3, 4) / 0', 'F(6) / 0', 'F(-3, 4) / 0', 'F(0) / 0', 'F(1, 2) // 0', 'F(0) ** -1',
             '1 / F(0)', 'F(1, 2) / F(0)']:
    try:
        eval(expr)
    except ZeroDivisionError as e:
        print(expr, '->', e)
for expr in ['F(1, 2) + "x"', '"x" * F(2)', 'F(1, 2) < "a"']:
    try:
        eval(expr)
    except TypeError as e:
        print(expr, '->', e)
class G(F):
    pass
g = G(1, 2)
print(repr(g), repr(g + 1), repr(1 + g), repr(+g), repr(-g))
