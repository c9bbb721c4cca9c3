# An ExceptionGroup from a TaskGroup escaping asyncio.run: the box-drawing traceback.
import asyncio

async def bad(n):
    await asyncio.sleep(0)
    raise ValueError(f"bad {n}")

async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(bad(1))
        tg.create_task(bad(2))

asyncio.run(main())
