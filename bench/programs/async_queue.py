# A producer/consumer pair passing 1,000,000 items through an asyncio.Queue.
import asyncio

N = 1000000

async def producer(q):
    for i in range(N):
        await q.put(i)
    await q.put(None)

async def consumer(q):
    total = 0
    while True:
        item = await q.get()
        if item is None:
            return total
        total += item

async def main():
    q = asyncio.Queue(maxsize=100)
    _, total = await asyncio.gather(producer(q), consumer(q))
    return total

print(asyncio.run(main()))
