# Producers block on a full queue and consumers on an empty one.
import asyncio

async def producer(q, n):
    for i in range(n):
        await q.put(i)
        print("put", i)
    await q.put(None)

async def consumer(q):
    while True:
        item = await q.get()
        if item is None:
            break
        print("got", item)
        await asyncio.sleep(0)

async def main():
    q = asyncio.Queue(maxsize=1)
    await asyncio.gather(producer(q, 4), consumer(q))

asyncio.run(main())
