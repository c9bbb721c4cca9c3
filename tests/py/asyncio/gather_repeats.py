# gather() with repeated arguments: a repeated future or coroutine is
# waited for once and its result appears at every position; many distinct
# arguments, and awaitables whose __eq__/__hash__ make distinct objects equal.
import asyncio

calls = []

async def work(n):
    calls.append(n)
    await asyncio.sleep(0)
    return n * 10

class Box:
    # Awaitable whose equality is by value: gather maps equal ones to one future.
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, Box) and other.v == self.v
    def __hash__(self):
        return hash(self.v)
    def __await__(self):
        calls.append(('box', self.v))
        yield from asyncio.sleep(0).__await__()
        return self.v

async def main():
    t = asyncio.create_task(work(1))
    print(await asyncio.gather(t, t, work(2), t))
    c = work(3)
    print(await asyncio.gather(c, c))
    f = asyncio.get_running_loop().create_future()
    f.set_result('f')
    print(await asyncio.gather(*[f] * 12, work(4)))
    tasks = [asyncio.create_task(work(i)) for i in range(20)]
    print(sum(await asyncio.gather(*tasks, *tasks[:3])))
    print(await asyncio.gather(Box(1), Box(1), Box(2)))
    print(calls)

asyncio.run(main())
