# 100,000 tasks all waiting on one asyncio.Event, released and gathered.
import asyncio

async def waiter(ev, i):
    await ev.wait()
    return i

async def main():
    ev = asyncio.Event()
    tasks = [asyncio.create_task(waiter(ev, i)) for i in range(100000)]
    await asyncio.sleep(0)
    ev.set()
    results = await asyncio.gather(*tasks)
    return sum(results)

print(asyncio.run(main()))
