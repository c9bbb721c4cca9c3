# A failing child cancels its siblings; the group raises an ExceptionGroup.
import asyncio

async def failing(n):
    await asyncio.sleep(0)
    raise ValueError(f"child {n} failed")

async def sibling():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("sibling cancelled")
        raise

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(failing(1))
            tg.create_task(sibling())
            tg.create_task(failing(2))
    except ExceptionGroup as eg:
        print(type(eg).__name__, eg.message, len(eg.exceptions))
        for e in eg.exceptions:
            print(" ", repr(e))
        print(str(eg))

asyncio.run(main())
