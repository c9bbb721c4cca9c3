# StopAsyncIteration raised in a helper awaited by __anext__ ends the loop.
import asyncio

class Source:
    def __init__(self, items):
        self.items = list(items)
    def __aiter__(self):
        return self
    async def _next(self):
        await asyncio.sleep(0)
        if not self.items:
            raise StopAsyncIteration
        return self.items.pop(0)
    async def __anext__(self):
        value = await self._next()
        return value * 10

async def main():
    async for v in Source([1, 2, 3]):
        print(v)
    print([v async for v in Source("")])

asyncio.run(main())
