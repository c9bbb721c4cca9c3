# asyncio.gather preserves argument order in its result.
import asyncio

async def work(name, steps):
    for i in range(steps):
        print(name, "step", i)
        await asyncio.sleep(0)
    return name * steps

async def main():
    results = await asyncio.gather(work("a", 3), work("b", 1), work("c", 2))
    print(results)
    empty = await asyncio.gather()
    print(empty)

asyncio.run(main())
