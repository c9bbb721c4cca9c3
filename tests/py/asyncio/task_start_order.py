# create_task starts the task on the next loop iteration, in creation order.
import asyncio

async def child(name):
    print("start", name)
    await asyncio.sleep(0)
    print("end", name)

async def main():
    t1 = asyncio.create_task(child("t1"))
    t2 = asyncio.create_task(child("t2"))
    print("created; done:", t1.done(), t2.done())
    await asyncio.sleep(0)
    print("main after one yield")
    t3 = asyncio.create_task(child("t3"))
    await t1
    print("awaited t1")
    await asyncio.gather(t2, t3)
    print("all done")

asyncio.run(main())
