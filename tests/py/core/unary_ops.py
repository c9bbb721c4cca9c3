# Unary minus, plus, invert and not.
x = 5
print(-x, +x, ~x, not x, - -x, -(-x), --x, +-x, -+x)
print(-0, +0, -0.0, +0.0, -(0.0))
print(-2 ** 2, (-2) ** 2, -(2 ** 2))
print(not 1 == 2, not (1 == 2), (not 1) == 2)
print(~5 + 1, -~5, ~-5)
print(-True, +True, ~True, not True)
try:
    -"a"
except TypeError as e:
    print(type(e).__name__, e)
try:
    ~1.5
except TypeError as e:
    print(type(e).__name__, e)
try:
    +[1]
except TypeError as e:
    print(type(e).__name__, e)
