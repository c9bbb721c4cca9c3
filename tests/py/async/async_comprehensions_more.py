# Async comprehensions: every kind, conditions, nesting, await in elements.
import asyncio

async def agen(n):
    for i in range(n):
        yield i

async def double(x):
    await asyncio.sleep(0)
    return 2 * x

async def main():
    print([x async for x in agen(4)])
    print({x % 3 async for x in agen(7)})
    print({x: await double(x) async for x in agen(3)})
    print([await double(x) for x in range(3)])
    print([x + y async for x in agen(3) for y in range(2) if (x + y) % 2 == 0])
    print([[y async for y in agen(x)] async for x in agen(3)])
    g = (await double(x) async for x in agen(3))
    print(type(g).__name__, [v async for v in g])
    print(sum([x async for x in agen(101)]))

asyncio.run(main())
