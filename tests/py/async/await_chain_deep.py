# A 1,000-deep await chain suspending at the bottom, and errors unwinding through it.
import asyncio
import sys

sys.setrecursionlimit(5000)

async def chain(n):
    if n == 0:
        await asyncio.sleep(0)
        return 0
    return 1 + await chain(n - 1)

async def failing(n):
    if n == 0:
        await asyncio.sleep(0)
        raise ValueError("bottom")
    return await failing(n - 1)

async def main():
    print(await chain(1000))
    try:
        await failing(1000)
    except ValueError as e:
        print("caught", e)
    results = await asyncio.gather(chain(10), chain(20), chain(30))
    print(results)

asyncio.run(main())
