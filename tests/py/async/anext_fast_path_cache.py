# async for over classes whose __anext__ is an async def: the per-site cache
# of the function must follow monkey-patching, other classes at the same
# site, subclasses, and __anext__ shapes that take more than self.
import asyncio


class Count:
    def __init__(self, n):
        self.i = 0
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i


class Doubled(Count):
    async def __anext__(self):
        v = await super().__anext__()
        return v * 2


class Defaults(Count):
    async def __anext__(self, step=10):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i * step


class Star(Count):
    async def __anext__(*args):
        self = args[0]
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return (len(args), self.i)


class SyncAnext(Count):
    def __anext__(self):
        return Count.__anext__(self)


async def collect(it):
    out = []
    async for v in it:
        out.append(v)
    return out


async def main():
    # one site, several classes in turn
    for it in [Count(3), Doubled(3), Count(2), Defaults(2), Star(2), SyncAnext(2), Count(1)]:
        print(type(it).__name__, await collect(it))

    # patched between steps
    original = Count.__anext__
    c = Count(6)
    seen = []
    async for v in c:
        seen.append(v)
        if v == 2:
            async def other(self):
                if self.i >= self.n:
                    raise StopAsyncIteration
                self.i += 3
                return -self.i
            Count.__anext__ = other
    print('patched', seen)
    del Count.__anext__
    try:
        async for v in Count(1):
            pass
    except TypeError as e:
        print('TypeError', e)
    Count.__anext__ = original
    print('restored', await collect(Count(2)))

    # an instance attribute does not shadow the type's __anext__
    d = Doubled(2)
    async def inst(self):
        return 'instance'
    d.__anext__ = inst
    print('instance attr', await collect(d))


asyncio.run(main())
