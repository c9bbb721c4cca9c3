# asyncio.Event and asyncio.Lock coordination.
import asyncio

async def waiter(ev, name, log):
    log.append(name + " waiting")
    await ev.wait()
    log.append(name + " woke")

async def locked(lock, name, log):
    async with lock:
        log.append(name + " in")
        await asyncio.sleep(0)
        await asyncio.sleep(0)
        log.append(name + " out")

async def main():
    log = []
    ev = asyncio.Event()
    tasks = [asyncio.create_task(waiter(ev, n, log)) for n in ("w1", "w2")]
    await asyncio.sleep(0)
    log.append("setting")
    ev.set()
    await asyncio.gather(*tasks)
    print(log)
    log = []
    lock = asyncio.Lock()
    await asyncio.gather(locked(lock, "a", log), locked(lock, "b", log))
    print(log, lock.locked())

asyncio.run(main())
