# Producer/consumer with asyncio.Queue.
import asyncio

async def producer(q, n):
    for i in range(n):
        await q.put(i)
        print("produced", i)
        await asyncio.sleep(0)
    await q.put(None)

async def consumer(q):
    got = []
    while True:
        item = await q.get()
        if item is None:
            break
        print("consumed", item)
        got.append(item)
    return got

async def main():
    q = asyncio.Queue()
    _, got = await asyncio.gather(producer(q, 4), consumer(q))
    print("all:", got, q.empty())

asyncio.run(main())
