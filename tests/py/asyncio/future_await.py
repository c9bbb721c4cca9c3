# Awaiting futures resolved by callbacks, timers and other tasks; __await__ / __iter__.
import asyncio

async def setter(fut, value):
    await asyncio.sleep(0)
    fut.set_result(value)

async def main():
    loop = asyncio.get_running_loop()
    f1 = loop.create_future()
    loop.call_soon(f1.set_result, "soon")
    print(await f1)
    f2 = loop.create_future()
    loop.call_later(0.01, f2.set_result, "later")
    print(await f2)
    f3 = loop.create_future()
    asyncio.create_task(setter(f3, "task"))
    print(await f3)
    f4 = loop.create_future()
    f4.set_result("already")
    print(await f4)
    it = f4.__await__()
    try:
        next(it)
    except StopIteration as e:
        print("StopIteration", e.value)
    f5 = loop.create_future()
    loop.call_soon(f5.set_exception, OSError("io"))
    try:
        await f5
    except OSError as e:
        print("OSError", e)

asyncio.run(main())
