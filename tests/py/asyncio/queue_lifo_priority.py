# LifoQueue and PriorityQueue ordering.
import asyncio

async def main():
    lq = asyncio.LifoQueue()
    pq = asyncio.PriorityQueue()
    for x in [3, 1, 4, 1, 5, 9, 2, 6]:
        lq.put_nowait(x)
        await pq.put((x, f"item{x}"))
    print([lq.get_nowait() for _ in range(lq.qsize())])
    print([(await pq.get())[1] for _ in range(pq.qsize())])

asyncio.run(main())
