# Returning from inside `async with TaskGroup()` while a child fails: the
# ExceptionGroup's traceback points at the async with line.
import asyncio


async def fail(n):
    await asyncio.sleep(0)
    raise ValueError(f"child {n}")


async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(fail(1))
        tg.create_task(fail(2))
        return "done"


asyncio.run(main())
