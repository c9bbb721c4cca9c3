# Frames of suspended generators and coroutines: f_locals, locals(), vars()
# and dir() while a yield from / await is in progress or an exception is
# being handled across a yield.
import sys, asyncio

def inner():
    yield 1
    yield 2

def outer(a):
    b = a * 2
    yield from inner()
    try:
        raise ValueError('x')
    except ValueError:
        yield sorted(locals())
        print('handled inside:', sys.exc_info()[0].__name__)
    return b

g = outer(3)
print(next(g))
print(sorted(g.gi_frame.f_locals), g.gi_frame.f_locals['b'])
print(next(g))
print(next(g))
print(sorted(g.gi_frame.f_locals))
try:
    next(g)
except StopIteration as e:
    print('returned', e.value)

class Sub:
    def __iter__(self):
        return self
    def __next__(self):
        caller = sys._getframe(1)
        print('caller locals:', sorted(caller.f_locals))
        raise StopIteration(7)

def delegating():
    x = 1
    r = yield from Sub()
    return r + x

try:
    next(delegating())
except StopIteration as e:
    print('delegating returned', e.value)

async def leaf():
    await asyncio.sleep(0)
    return 5

async def coro(n):
    total = n
    try:
        raise KeyError('k')
    except KeyError:
        total += await leaf()
        print('in except after await:', sorted(locals()), sorted(vars()), 'total' in dir())
    print('after:', sorted(locals()))
    return total

async def main():
    t = asyncio.ensure_future(coro(1))
    await asyncio.sleep(0)
    print('cr_frame locals:', sorted(t.get_coro().cr_frame.f_locals))
    print(await t)

asyncio.run(main())

class Init:
    def __init__(self, v):
        self.v = v
        print('init locals:', sorted(locals()))

print(Init(4).v)
