# TypeError messages for too many positional arguments.
def none_():
    pass
def one(x):
    pass
def two(a, b):
    pass
def opt(a, b=1):
    pass
def kwo(a, *, k):
    pass
tests = [lambda: none_(1), lambda: one(1, 2), lambda: two(1, 2, 3), lambda: opt(1, 2, 3),
         lambda: kwo(1, 2, k=3), lambda: kwo(1, 2)]
for t in tests:
    try:
        t()
    except TypeError as e:
        print(type(e).__name__, e)
