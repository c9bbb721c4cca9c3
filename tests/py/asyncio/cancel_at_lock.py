# Cancellation while waiting for a Lock, an Event, a Queue and a Condition.
import asyncio

async def wait_on(name, coro):
    try:
        await coro
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise

async def main():
    lock = asyncio.Lock()
    await lock.acquire()
    event = asyncio.Event()
    queue = asyncio.Queue()
    cond = asyncio.Condition()
    async def cond_wait():
        async with cond:
            await cond.wait()
    tasks = [asyncio.create_task(wait_on("lock", lock.acquire())),
             asyncio.create_task(wait_on("event", event.wait())),
             asyncio.create_task(wait_on("queue", queue.get())),
             asyncio.create_task(wait_on("condition", cond_wait()))]
    await asyncio.sleep(0)
    for t in tasks:
        t.cancel()
    results = await asyncio.gather(*tasks, return_exceptions=True)
    print([type(r).__name__ for r in results])
    print(lock.locked(), cond.locked())
    lock.release()
    print(lock.locked())

asyncio.run(main())
