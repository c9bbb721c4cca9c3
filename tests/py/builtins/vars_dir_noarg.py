# vars() and dir() without arguments: the local scope, as locals() gives it,
# in functions, closures, generators, class bodies, comprehensions and at
# module level.
def f(a, b=2):
    c = a + b
    def g():
        return c
    print(sorted(vars()), dir())
    return g

f(1)

def gen(x):
    y = x
    yield dir()
    yield sorted(vars())

print(list(gen(5)))

class K:
    p = 1
    print(dir(), sorted(vars()))

print([dir() for _ in range(1)])
top = 3
print('top' in dir(), 'top' in vars(), vars() is globals())
lam = lambda q: dir()
print(lam(0))
