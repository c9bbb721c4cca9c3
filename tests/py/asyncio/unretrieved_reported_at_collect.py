# Futures and tasks dropped with an exception nobody retrieved are reported
# when they are freed: in CPython at once, here by the collection that
# gc.collect() runs.  Reporting a plain Future (whose block is smaller than
# a Task's) must not write past it: several in a row stay intact.
import asyncio
import gc


async def bad(n):
    await asyncio.sleep(0)
    raise ValueError(f"lost {n}")


def handler(loop, ctx):
    print("handler:", ctx["message"], repr(ctx["exception"]))


async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(bad(1))
    await asyncio.sleep(0.01)
    print("before del")
    del t
    gc.collect()
    print("after collect")
    for i in range(3):
        fut = loop.create_future()
        fut.set_exception(KeyError(i))
        fut = None
        gc.collect()
        print("collected", i)
    loop.set_exception_handler(handler)
    for i in range(3):
        fut = loop.create_future()
        fut.set_exception(OSError(i))
        fut = None
        gc.collect()
    t = asyncio.create_task(bad(2))
    await asyncio.sleep(0.01)
    t = None
    gc.collect()
    print("end of main")


asyncio.run(main())
print("after run")
