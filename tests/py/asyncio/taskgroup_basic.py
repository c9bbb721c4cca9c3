# TaskGroup: children run concurrently; the block waits for all of them.
import asyncio

async def child(name, delay):
    await asyncio.sleep(delay)
    print("child", name)
    return name * 2

async def main():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(child("a", 0.02))
        t2 = tg.create_task(child("b", 0.01), name="named")
        print("inside the group")
    print(t1.result(), t2.result(), t2.get_name())
    async with asyncio.TaskGroup() as tg:
        pass
    print("empty group ok")

asyncio.run(main())
