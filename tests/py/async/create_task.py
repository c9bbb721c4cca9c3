# create_task schedules coroutines concurrently; awaiting tasks.
import asyncio

async def ticker(name, n):
    for i in range(n):
        print("tick", name, i)
        await asyncio.sleep(0)
    return "%s finished" % name

async def main():
    t1 = asyncio.create_task(ticker("A", 2))
    t2 = asyncio.create_task(ticker("B", 3))
    print("tasks created, done?", t1.done(), t2.done())
    r1 = await t1
    print(r1)
    r2 = await t2
    print(r2, t1.done(), t2.done(), t2.result())
    t3 = asyncio.ensure_future(ticker("C", 1))
    print(await t3)

asyncio.run(main())
