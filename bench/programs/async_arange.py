# async for over a class with __aiter__/__anext__ (the founding example's
# Arange), 1,000,000 steps.
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
    return total

print(asyncio.run(main()))
