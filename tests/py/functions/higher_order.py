# Functions as first-class values.
def apply(f, *args):
    return f(*args)
print(apply(max, 3, 7, 5), apply(len, "four"))
ops = {"add": lambda a, b: a + b, "sub": lambda a, b: a - b}
print([ops[k](10, 3) for k in sorted(ops)])
def compose(*fs):
    def composed(x):
        for f in reversed(fs):
            x = f(x)
        return x
    return composed
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(5))
print(sorted([3, -1, 2], key=abs), list(map(str, [1, 2])), list(map(pow, [2, 3], [3, 2])))
def fname(f):
    return f.__name__
print(fname(apply), fname(print), fname(inc))
import functools
print(functools.reduce(lambda a, b: a + b, [1, 2, 3, 4], 100))
p = functools.partial(int, base=2)
print(p("1010"))
print(callable(apply), callable(3))
