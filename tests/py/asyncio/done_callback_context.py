# Done callbacks run in the context current when they were added (or the
# one given with context=), like call_soon handles; remove_done_callback
# matches the function whatever its context.
import asyncio, contextvars

request_id = contextvars.ContextVar("request_id", default=None)

def log_done(fut):
    print("done callback sees", request_id.get(), fut.result())

async def handle(n):
    request_id.set(f"req-{n}")
    t = asyncio.create_task(asyncio.sleep(0, n))
    t.add_done_callback(log_done)
    request_id.set(f"req-{n}-changed")
    return await t

async def main():
    print(await asyncio.gather(handle(1), handle(2)))
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.add_done_callback(log_done)
    request_id.set("main")
    f.add_done_callback(log_done)
    ctx = contextvars.Context()
    f.add_done_callback(log_done, context=ctx)
    print(len(f._callbacks), [type(c).__name__ for c, _ in f._callbacks])
    print(f.remove_done_callback(log_done))
    f.add_done_callback(log_done)
    f.set_result("r")
    await asyncio.sleep(0)
    def bad(fut):
        raise RuntimeError("callback failed " + str(request_id.get()))
    f2 = loop.create_future()
    f2.add_done_callback(bad)
    f2.set_result(1)
    await asyncio.sleep(0)

asyncio.run(main())
