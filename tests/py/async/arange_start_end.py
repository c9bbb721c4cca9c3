# The founding example's Arange with start and end arguments.
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
    print([i async for i in Arange(3, 7)])
    print([i async for i in Arange(5, 5)])
    print([i async for i in Arange(-2, 2)])
    async for i in Arange(10, 12):
        print(i)

loop = asyncio.get_event_loop()
loop.run_until_complete(main())
