# Code objects: co_flags (CPython's CO_* bits) for plain, generator,
# coroutine and async generator functions, *args/**kwargs, closures;
# co_varnames order; argument counts.
def plain(a, b=1): c = a
def star(a, *args, k, **kw): pass
def posonly(a, b, /, c, *, d): pass
def gen(): yield
async def coro(): pass
async def agen(): yield
lam = lambda x, *y: x
class K:
    def m(self, v): return v
    @staticmethod
    def s(): pass

def outer():
    x = 1
    def inner():
        return x
    return inner

def cellparam(a, *rest):
    b = 2
    c = 3
    return lambda: a + b

for f in (plain, star, posonly, gen, coro, agen, lam, K.m, K.s, outer, cellparam):
    c = f.__code__
    print(f.__name__, c.co_flags, c.co_varnames, c.co_argcount, c.co_posonlyargcount,
          c.co_kwonlyargcount, c.co_nlocals)
inner = outer()
print(inner.__code__.co_flags & ~16, inner.__code__.co_varnames)
