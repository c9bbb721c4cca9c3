# An exception raised inside the async for body over Arange propagates out of run_until_complete.
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

async def run_arange():
    async for i in Arange(5):
        print(i)
        if i == 2:
            raise ValueError(f"stop at {i}")

loop = asyncio.get_event_loop()
try:
    loop.run_until_complete(run_arange())
except ValueError as e:
    print("caught:", e)
loop.run_until_complete(run_arange())
