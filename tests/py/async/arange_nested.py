# Nested async for over the founding example's Arange.
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
    async for i in Arange(3):
        row = []
        async for j in Arange(i + 1):
            row.append((i, j))
        print(row)

asyncio.get_event_loop().run_until_complete(main())
