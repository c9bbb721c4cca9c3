# An Arange whose __anext__ awaits a helper coroutine and a short sleep.
import asyncio

async def square(x):
    return x * x

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
        if self.i == 2:
            await asyncio.sleep(0.01)
        return await square(self.i - 1)

async def main():
    async for v in Arange(5):
        print(v)

asyncio.get_event_loop().run_until_complete(main())
