# f(*iterable) in every call shape: what *args receives is always an exact
# tuple of the right items, never the caller's own tuple, and never shared
# between two frames.

def all_star(*a):
    return a

def one_then_star(x, *a):
    return x, a

def default_then_star(x=10, *a, k=5):
    return x, a, k

def star_kw(*a, **kw):
    return a, sorted(kw.items())

lst = [1, 2, 3]
tup = (1, 2, 3)

r = all_star(*lst)
print(type(r).__name__, r, r is tup)
print(all_star(*tup), all_star(*tup) is tup)
print(one_then_star(*lst), one_then_star(*tup))
print(default_then_star(*lst), default_then_star(*[]), default_then_star(*[7]))
print(default_then_star(*lst, k=1))
print(star_kw(*lst, z=1, y=2), star_kw(*lst))
print(all_star(*range(4)), all_star(*'ab'), all_star(*{5: 0}), all_star(*(x * x for x in range(3))))
print(all_star(0, *lst), all_star(*lst, 4), all_star(*lst, *lst))

# The list is left as it was, and later changes to it do not reach the tuple.
got = all_star(*lst)
lst.append(4)
print(got, lst)


class T(tuple):
    pass


sub = T((1, 2))
r = all_star(*sub)
print(type(r).__name__, r, r is sub)


class C:
    def m(self, *a):
        return a

    @staticmethod
    def s(*a):
        return a

    @classmethod
    def c(cls, *a):
        return cls.__name__, a

    def __call__(self, *a):
        return 'call', a


c = C()
print(c.m(*lst), C.m(c, *lst), c.s(*lst), C.s(*lst), c.c(*lst), c(*lst))
bound = c.m
print(bound(*[]), bound(*lst) is bound(*lst))


class N:
    def __new__(cls, *a):
        self = super().__new__(cls)
        self.new_args = a
        return self

    def __init__(self, *a):
        self.init_args = a


n = N(*[1, 2])
print(n.new_args, n.init_args, n.new_args is n.init_args)


def gen(*a):
    yield a
    yield len(a)


print(list(gen(*lst)))

lam = lambda *a: a
print(lam(*lst), (lambda x, *a: (x, a))(*lst))


def forward(*a):
    # Passing the tuple on: the inner call copies, as CPython 3.11 does.
    inner = all_star(*a)
    return inner == a, inner is a


print(forward(*lst))


def mutate_via_list(*a):
    b = list(a)
    b[0] = 'changed'
    return a, b


print(mutate_via_list(*lst))

import asyncio


async def co(*a):
    return a


async def main():
    print(await co(*lst))
    print(await asyncio.gather(*[co(1), co(2)]))


asyncio.run(main())

try:
    one_then_star(*[])
except TypeError as e:
    print('TypeError:', e)
try:
    all_star(*lst, **{'q': 1})
except TypeError as e:
    print('TypeError:', e)
