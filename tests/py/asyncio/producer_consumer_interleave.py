# Several producers and consumers on a small queue, interleaving with sleep(0).
import asyncio

async def producer(name, q, n):
    for i in range(n):
        await q.put(f"{name}{i}")
        print("produced", f"{name}{i}")
        await asyncio.sleep(0)

async def consumer(name, q, log):
    while True:
        item = await q.get()
        log.append((name, item))
        print(name, "consumed", item)
        q.task_done()

async def main():
    q = asyncio.Queue(maxsize=2)
    log = []
    consumers = [asyncio.create_task(consumer(f"c{i}", q, log)) for i in range(2)]
    await asyncio.gather(producer("a", q, 3), producer("b", q, 3))
    await q.join()
    for c in consumers:
        c.cancel()
    await asyncio.gather(*consumers, return_exceptions=True)
    print(len(log))

asyncio.run(main())
