# create_task() given something other than a coroutine: the TypeError's
# traceback goes through BaseEventLoop.create_task, as in CPython.
import asyncio


async def main():
    try:
        asyncio.get_running_loop().create_task(42)
    except TypeError as e:
        print("loop.create_task:", e)
    asyncio.create_task([1, 2])


asyncio.run(main())
