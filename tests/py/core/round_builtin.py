# round() uses banker's rounding and exact decimal values.
print(round(2.5), round(3.5), round(-1.5), round(-2.5), round(0.5), round(1.5))
print(round(0.125, 2), round(0.375, 2), round(2.675, 2), round(1.005, 2))
print(round(3.14159, 3), round(-3.14159, 1), round(1234.5678, -2), round(1250, -2), round(1350, -2))
print(round(7), round(-7), round(123456, -3), round(15, -1), round(25, -1))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, round(2.5, 0))
print(round(1e20), round(0.0), round(-0.4))
print(round(2.5, None))
try:
    round(float("inf"))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    round(float("nan"))
except ValueError as e:
    print(type(e).__name__, e)
