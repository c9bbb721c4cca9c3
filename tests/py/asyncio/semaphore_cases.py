# Semaphore limits concurrency; BoundedSemaphore rejects extra releases.
import asyncio

async def worker(i, sem, active):
    async with sem:
        active.append(i)
        print("start", i, "active", len(active))
        for _ in range(3):
            await asyncio.sleep(0)
        active.remove(i)
        print("end", i)

async def main():
    sem = asyncio.Semaphore(2)
    active = []
    await asyncio.gather(*(worker(i, sem, active) for i in range(5)))
    print(sem.locked())
    b = asyncio.BoundedSemaphore(1)
    await b.acquire()
    b.release()
    try:
        b.release()
    except ValueError as e:
        print("ValueError:", e)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError:", e)

asyncio.run(main())
