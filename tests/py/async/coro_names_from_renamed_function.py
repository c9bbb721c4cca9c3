import functools
def deco(f):
    @functools.wraps(f)
    async def wrapper(*a):
        return await f(*a)
    return wrapper
@deco
async def job(x):
    return x * 2
def gen(): yield 1
gen.__name__ = 'renamed'; gen.__qualname__ = 'Q.renamed'
c = job(3)
print(c.__name__, c.__qualname__, repr(c).split(' at ')[0])
g = gen()
print(g.__name__, g.__qualname__, repr(g).split(' at ')[0])
async def ag(): yield 1
ag.__qualname__ = 'other'
a = ag()
print(a.__name__, a.__qualname__, repr(a).split(' at ')[0])
try:
    c.send(None)
except StopIteration as e:
    print('result', e.value)
