# Async comprehensions: async for and await inside comprehensions.
import asyncio

async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i

async def double(x):
    await asyncio.sleep(0)
    return x * 2

async def main():
    print([i async for i in agen(5)])
    print([i async for i in agen(10) if i % 3 == 0])
    print({i: i * i async for i in agen(4)})
    print({i % 2 async for i in agen(5)})
    print([await double(i) for i in range(4)])
    print([await double(i) async for i in agen(3)])
    print([(i, j) async for i in agen(2) for j in "ab"])
    g = (i + 100 async for i in agen(3))
    print(type(g).__name__)
    print([v async for v in g])

asyncio.run(main())
