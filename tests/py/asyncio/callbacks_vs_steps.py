# Ready callbacks and task steps run in the order they were scheduled.
import asyncio

async def task_body(name):
    print("step 1 of", name)
    await asyncio.sleep(0)
    print("step 2 of", name)

async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(print, "callback A")
    asyncio.create_task(task_body("t1"))
    loop.call_soon(print, "callback B")
    asyncio.create_task(task_body("t2"))
    loop.call_soon(print, "callback C")
    print("main yields")
    await asyncio.sleep(0)
    print("main back")
    await asyncio.sleep(0)
    print("main end")

asyncio.run(main())
