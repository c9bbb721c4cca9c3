# Cooperative interleaving with asyncio.sleep(0).
import asyncio

log = []

async def worker(name, n):
    for i in range(n):
        log.append("%s%d" % (name, i))
        await asyncio.sleep(0)

async def main():
    await asyncio.gather(worker("x", 3), worker("y", 3), worker("z", 2))
    print(" ".join(log))
    log.clear()
    await worker("solo", 2)
    print(log)

asyncio.run(main())
