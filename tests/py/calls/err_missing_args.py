# TypeError messages for missing arguments.
def one(x):
    pass
def two(a, b):
    pass
def three(a, b, c):
    pass
def mixed(a, b, c=1):
    pass
tests = [lambda: one(), lambda: two(), lambda: two(1), lambda: three(), lambda: three(1), lambda: mixed(), lambda: two(b=1)]
for t in tests:
    try:
        t()
    except TypeError as e:
        print(type(e).__name__, e)
