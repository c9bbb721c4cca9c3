# Event: wait/set/clear/is_set, several waiters woken in order.
import asyncio

async def waiter(name, ev):
    print(name, "waiting")
    await ev.wait()
    print(name, "woke")

async def main():
    ev = asyncio.Event()
    print(ev.is_set())
    tasks = [asyncio.create_task(waiter(n, ev)) for n in "abc"]
    await asyncio.sleep(0)
    print("setting")
    ev.set()
    print(ev.is_set())
    await asyncio.gather(*tasks)
    print(await ev.wait())
    ev.clear()
    print(ev.is_set())
    asyncio.get_running_loop().call_later(0.01, ev.set)
    print(await ev.wait())

asyncio.run(main())
