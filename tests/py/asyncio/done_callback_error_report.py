# An exception in a future's done callback is reported with the handle that
# ran it (the callback and its future argument), like call_soon's.
import asyncio


def boom(x, y=2):
    1 / 0


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(boom)
    fut.set_result(1)
    loop.call_soon(boom, 5)
    await asyncio.sleep(0)
    print("still running")


asyncio.run(main())
