# Queue: put/get, *_nowait, qsize/empty/full, QueueEmpty/QueueFull, maxsize.
import asyncio

async def main():
    q = asyncio.Queue(maxsize=2)
    print(q.maxsize, q.qsize(), q.empty(), q.full())
    await q.put(1)
    q.put_nowait(2)
    print(q.qsize(), q.full())
    try:
        q.put_nowait(3)
    except asyncio.QueueFull:
        print("QueueFull")
    print(await q.get(), q.get_nowait())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    u = asyncio.Queue()
    for i in range(5):
        u.put_nowait(i)
    print(u.qsize(), u.full(), [u.get_nowait() for _ in range(5)])
    print(issubclass(asyncio.QueueEmpty, Exception), asyncio.QueueFull.__module__)

asyncio.run(main())
