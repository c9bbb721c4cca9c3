# functools.partial (args, keywords, nesting, repr) and reduce.
import functools
from functools import partial, reduce


def power(base, exp, *, mod=None):
    r = base ** exp
    return r % mod if mod else r


square = partial(power, exp=2)
cube_mod = partial(power, exp=3, mod=10)
print(square(7), cube_mod(7), square(3, exp=3), square.func is power, square.args, square.keywords)
two_to = partial(power, 2)
print(two_to(10), two_to.args, partial(two_to, 5)(), partial(two_to, 5).args, partial(two_to, 5).func is power)
print(repr(partial(len)), repr(partial(max, 1, key=abs)))
print(partial(int, base=2)("1010"), list(map(partial(pow, 2), range(5))))
try:
    partial(1)
except TypeError as e:
    print(e)
print(reduce(lambda a, b: a * b, [1, 2, 3, 4]), reduce(lambda a, b: a + b, [], 7), reduce(max, [3, 9, 2]))
print(reduce(lambda acc, x: acc + [x * 2], range(4), []), reduce(str.__add__ if False else (lambda a, b: a + b), "abc"))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print(e)
print(functools.reduce is reduce, type(square).__name__)
