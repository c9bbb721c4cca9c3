# Condition.notify(n) wakes n waiters in FIFO order.
import asyncio

async def waiter(cond, name, woken):
    async with cond:
        await cond.wait()
        woken.append(name)
        print("woken", name)

async def main():
    cond = asyncio.Condition()
    woken = []
    tasks = [asyncio.create_task(waiter(cond, n, woken)) for n in "abcde"]
    await asyncio.sleep(0)
    async with cond:
        cond.notify(2)
    await asyncio.sleep(0)
    print(woken)
    async with cond:
        cond.notify(1)
    await asyncio.sleep(0)
    async with cond:
        cond.notify_all()
    await asyncio.gather(*tasks)
    print(woken)

asyncio.run(main())
