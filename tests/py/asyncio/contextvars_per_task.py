# contextvars in asyncio: each task runs in a copy of its creator's context
# (or the given context=), callbacks in the context they were scheduled in.
import asyncio, contextvars
req = contextvars.ContextVar("req", default="-")
log = []
async def handler(n):
    req.set(f"r{n}")
    await asyncio.sleep(0)
    sub = asyncio.create_task(child())
    await sub
    print(n, "after child", req.get())
async def child():
    print("child sees", req.get())
    req.set("child-changed")
async def main():
    await asyncio.gather(*(handler(i) for i in range(3)))
    print("main", req.get())
    ctx = contextvars.copy_context()
    ctx.run(req.set, "in ctx")
    t = asyncio.create_task(child(), context=ctx)
    await t
    print("ctx now", ctx[req], "main", req.get())
    loop = asyncio.get_running_loop()
    req.set("main-set")
    loop.call_soon(lambda: print("soon", req.get()))
    loop.call_later(0, lambda: print("later", req.get()))
    loop.call_soon(lambda: print("soon ctx", req.get()), context=ctx)
    req.set("changed after")
    await asyncio.sleep(0.01)
    tok = req.set("tok")
    req.reset(tok)
    print("reset", req.get())
asyncio.run(main())
print("outside", req.get())
