# Tracebacks through lambdas and comprehensions.
inv = lambda x: 1 / x

def invert_all(xs):
    return [inv(x) for x in xs]

print(invert_all([1, 2, 4]))
print(invert_all([1, 0]))
