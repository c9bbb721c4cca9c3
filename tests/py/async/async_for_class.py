# async for over a class implementing __aiter__/__anext__, with else and break.
import asyncio

class Ticker:
    def __init__(self, items):
        self.items = list(items)
    def __aiter__(self):
        self.pos = 0
        return self
    async def __anext__(self):
        await asyncio.sleep(0)
        if self.pos >= len(self.items):
            raise StopAsyncIteration
        v = self.items[self.pos]
        self.pos += 1
        return v

async def main():
    async for word in Ticker(["alpha", "beta", "gamma"]):
        print(word)
    else:
        print("loop completed")
    async for n in Ticker(range(10)):
        if n == 3:
            break
        if n == 1:
            continue
        print("n =", n)
    else:
        print("not printed")
    total = 0
    async for a, b in Ticker([(1, 2), (3, 4)]):
        total += a * b
    print("total", total)

asyncio.run(main())
