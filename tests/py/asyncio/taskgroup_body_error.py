# An exception in the body of the async with cancels the children.
import asyncio

async def child():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("child cancelled")
        raise

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child())
            await asyncio.sleep(0)
            raise KeyError("body")
    except ExceptionGroup as eg:
        print("group:", [repr(e) for e in eg.exceptions])
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child())
            await asyncio.sleep(0)
            raise KeyboardInterrupt
    except KeyboardInterrupt:
        print("base exception propagated as itself")

asyncio.run(main())
