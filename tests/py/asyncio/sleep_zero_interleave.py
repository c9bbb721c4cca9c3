# sleep(0) yields exactly once: three tasks interleave step by step.
import asyncio

async def worker(name, steps):
    for i in range(steps):
        print(name, i)
        await asyncio.sleep(0)
    print(name, "done")

async def main():
    await asyncio.gather(worker("A", 3), worker("B", 2), worker("C", 4))

asyncio.run(main())
