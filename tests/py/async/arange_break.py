# break out of async for over Arange; the iterator keeps its position.
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
        self.start += 1
        return self.start - 1

async def main():
    it = Arange(10)
    async for i in it:
        if i == 4:
            break
        print(i)
    print("resume at", it.start)
    async for i in it:
        print("rest", i)
        if i == 6:
            break
    else:
        print("not reached")

asyncio.run(main())
