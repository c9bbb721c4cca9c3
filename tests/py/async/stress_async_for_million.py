# 1,000,000 steps of async for over a class with an async __anext__.
import asyncio

class Arange:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i - 1

async def main():
    total = 0
    async for i in Arange(1000000):
        total += i
    print(total)

asyncio.run(main())
