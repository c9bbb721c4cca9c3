# Several tasks each iterating an Arange that awaits sleep(0) per step: interleaving.
import asyncio

class Arange:
    def __init__(self, start, end=None):
        if end is None:
            start, end = 0, start
        self.start = start
        self.end = end

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.start >= self.end:
            raise StopAsyncIteration
        await asyncio.sleep(0)
        self.start += 1
        return self.start - 1

async def walk(name, n):
    async for i in Arange(n):
        print(name, i)
    return name

async def main():
    print(await asyncio.gather(walk("a", 3), walk("b", 2), walk("c", 4)))

asyncio.run(main())
