# Cancelling a gather cancels its children; cancelling one child fails the gather.
import asyncio

async def child(name):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("child", name, "cancelled")
        raise

async def main():
    g = asyncio.gather(child("a"), child("b"))
    await asyncio.sleep(0)
    print("cancel gather:", g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled:", g.cancelled())
    t1 = asyncio.create_task(child("c"))
    t2 = asyncio.create_task(asyncio.sleep(0.01, "d result"))
    g2 = asyncio.gather(t1, t2)
    await asyncio.sleep(0)
    t1.cancel()
    try:
        await g2
    except asyncio.CancelledError:
        print("gather failed with the child's CancelledError")
    print(await t2)

asyncio.run(main())
