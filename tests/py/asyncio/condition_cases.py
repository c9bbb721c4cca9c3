# Condition: wait/notify/notify_all/wait_for.
import asyncio

async def consumer(name, cond, items):
    async with cond:
        await cond.wait_for(lambda: items)
        print(name, "took", items.pop(0))

async def main():
    cond = asyncio.Condition()
    items = []
    tasks = [asyncio.create_task(consumer(n, cond, items)) for n in ("c1", "c2", "c3")]
    await asyncio.sleep(0)
    async with cond:
        items.append(1)
        cond.notify()
    await asyncio.sleep(0)
    async with cond:
        items.extend([2, 3])
        cond.notify_all()
    await asyncio.gather(*tasks)
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        await cond.wait()
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())
