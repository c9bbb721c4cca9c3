# Future and Task reprs in their different states.
import asyncio

def callback(fut):
    pass

async def work():
    await asyncio.sleep(0)
    return "ok"

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(repr(f))
    f.add_done_callback(callback)
    print(repr(f).replace(__file__, "FILE"))
    f.remove_done_callback(callback)
    f.set_result([1, 2, 3])
    print(repr(f))
    g = loop.create_future()
    g.set_result("x" * 40)
    print(repr(g))
    h = loop.create_future()
    h.set_exception(ValueError("v"))
    print(repr(h))
    h.exception()
    c = loop.create_future()
    c.cancel()
    print(repr(c))
    t = asyncio.create_task(work(), name="worker")
    print(repr(t).replace(__file__, "FILE"))
    await t
    print(repr(t).replace(__file__, "FILE"))

asyncio.run(main())
