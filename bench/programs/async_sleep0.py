# 10,000 tasks each doing 100 sleep(0): a million task switches.
import asyncio

async def worker(n):
    for _ in range(n):
        await asyncio.sleep(0)
    return n

async def main():
    results = await asyncio.gather(*(worker(100) for _ in range(10000)))
    return sum(results)

print(asyncio.run(main()))
