# An async def __anext__ (and an awaited async def) that sometimes finishes
# without suspending and sometimes suspends: results, exceptions and
# StopAsyncIteration must be the same on both paths, and tasks interleave
# as in CPython.
import asyncio


class Mixed:
    def __init__(self, n, name, log):
        self.i = 0
        self.n = n
        self.name = name
        self.log = log

    def __aiter__(self):
        return self

    async def __anext__(self):
        self.i += 1
        if self.i % 3 == 0:
            self.log.append(f'{self.name} sleeps at {self.i}')
            await asyncio.sleep(0)
        if self.i == 5 and self.name == 'bad':
            raise ValueError(f'boom at {self.i}')
        if self.i > self.n:
            if self.i % 2:
                await asyncio.sleep(0)
                self.log.append(f'{self.name} ends after suspending')
            raise StopAsyncIteration
        return self.i


class StopWithValue:
    def __init__(self):
        self.k = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        self.k += 1
        if self.k == 2:
            raise StopAsyncIteration('payload')
        if self.k == 1:
            return 'first'
        return 'never'


class StopInTry:
    def __init__(self):
        self.k = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        self.k += 1
        try:
            if self.k > 2:
                raise StopAsyncIteration
            return self.k
        finally:
            print('  finally', self.k)


async def maybe(x):
    if x % 2:
        await asyncio.sleep(0)
    if x == 7:
        raise KeyError(x)
    return x * 10


async def run(name, n, log):
    out = []
    try:
        async for v in Mixed(n, name, log):
            out.append(v)
            log.append(f'{name} got {v}')
    except ValueError as e:
        log.append(f'{name} error {e!r}')
    return out


async def main():
    log = []
    r = await asyncio.gather(run('a', 6, log), run('b', 4, log), run('bad', 9, log))
    print(r)
    for line in log:
        print(line)

    async for v in StopWithValue():
        print('value', v)
    async for v in StopInTry():
        print('try value', v)

    total = []
    for x in range(9):
        try:
            total.append(await maybe(x))
        except KeyError as e:
            total.append(('KeyError', e.args))
    print(total)

    # StopAsyncIteration caught explicitly from a direct __anext__ call
    it = Mixed(1, 'direct', log)
    print(await it.__anext__())
    try:
        await it.__anext__()
    except StopAsyncIteration as e:
        print('caught', type(e).__name__, e.args)

    # cancellation while __anext__ is suspended
    async def slow_iter():
        async for v in Mixed(100, 'slow', []):
            pass

    t = asyncio.create_task(slow_iter())
    for _ in range(4):
        await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print('cancelled', t.cancelled())


asyncio.run(main())
