# StopIteration and iteration protocol errors.
it = iter([1])
print(next(it))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, repr(e), e.value)
def gen():
    yield 1
    return 99
g = gen()
next(g)
try:
    next(g)
except StopIteration as e:
    print("return value", e.value)
def bad():
    yield 1
    raise StopIteration("inside")
try:
    list(bad())
except RuntimeError as e:
    print(type(e).__name__, e)
