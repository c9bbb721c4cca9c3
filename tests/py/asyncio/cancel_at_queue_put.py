# A producer blocked on a full queue is cancelled; the queue stays consistent.
import asyncio

async def producer(q):
    try:
        for i in range(5):
            await q.put(i)
            print("put", i)
    except asyncio.CancelledError:
        print("producer cancelled; qsize", q.qsize())
        raise

async def main():
    q = asyncio.Queue(maxsize=2)
    t = asyncio.create_task(producer(q))
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)
    print(q.get_nowait(), q.get_nowait(), q.empty(), len(q._putters))

asyncio.run(main())
