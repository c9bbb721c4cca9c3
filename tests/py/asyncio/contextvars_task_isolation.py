# A task captures the context when it is created; its own sets stay its own.
import asyncio, contextvars
cv = contextvars.ContextVar("cv", default="none")
async def child(n):
    print("child", n, "sees", cv.get())
    cv.set(f"child{n}")
    await asyncio.sleep(0)
    print("child", n, "after", cv.get())
async def main():
    cv.set("main")
    t1 = asyncio.create_task(child(1))
    cv.set("main2")
    t2 = asyncio.create_task(child(2))
    await asyncio.gather(t1, t2)
    print("main", cv.get())
    ctx = contextvars.copy_context()
    print(ctx.run(cv.get))
    loop = asyncio.get_running_loop()
    loop.call_soon(lambda: print("cb", cv.get()))
    await asyncio.sleep(0)
asyncio.run(main())
