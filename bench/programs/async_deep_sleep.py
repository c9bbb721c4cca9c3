# One task doing sleep(0) 100,000 times at the bottom of a 200-deep await chain.
import asyncio

DEPTH = 200

async def bottom():
    for _ in range(100000):
        await asyncio.sleep(0)
    return 1

async def chain(n):
    if n == 0:
        return await bottom()
    return await chain(n - 1)

print(asyncio.run(chain(DEPTH)))
