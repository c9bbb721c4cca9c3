# getgeneratorstate through a generator's life (also from inside it) and
# getgeneratorlocals.
import inspect
def gen(n):
    x = n * 2
    yield x
    y = x + 1
    yield y
g = gen(1)
print(inspect.getgeneratorstate(g), inspect.getgeneratorlocals(g))
next(g)
print(inspect.getgeneratorstate(g), inspect.getgeneratorlocals(g))
next(g)
print(inspect.getgeneratorstate(g), inspect.getgeneratorlocals(g))
g.close()
print(inspect.getgeneratorstate(g), inspect.getgeneratorlocals(g))
def selfref():
    yield inspect.getgeneratorstate(s)
s = selfref()
print(next(s))
try:
    inspect.getgeneratorlocals(3)
except TypeError as e:
    print(e)
