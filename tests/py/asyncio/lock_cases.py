# Lock: acquire/release, FIFO fairness, async with, errors.
import asyncio

async def user(name, lock):
    async with lock:
        print(name, "has the lock")
        await asyncio.sleep(0)
        print(name, "releases")

async def main():
    lock = asyncio.Lock()
    print(lock.locked())
    await asyncio.gather(user("a", lock), user("b", lock), user("c", lock))
    print(lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(await lock.acquire(), lock.locked())
    lock.release()
    print(repr(lock).endswith("[unlocked]>"))

asyncio.run(main())
