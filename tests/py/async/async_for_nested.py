# Nested async for loops, and an async for inside an async generator.
import asyncio

class Letters:
    def __init__(self, s):
        self.s = s
        self.i = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= len(self.s):
            raise StopAsyncIteration
        self.i += 1
        await asyncio.sleep(0)
        return self.s[self.i - 1]

async def pairs():
    async for a in Letters("ab"):
        async for b in Letters("xyz"):
            yield a + b

async def main():
    out = []
    async for p in pairs():
        out.append(p)
    print(out)
    total = 0
    async for a in Letters("123"):
        async for b in Letters("45"):
            total += int(a) * int(b)
    print(total)

asyncio.run(main())
