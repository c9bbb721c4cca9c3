# gather returns results in argument order whatever the completion order.
import asyncio

async def delayed(value, delay):
    await asyncio.sleep(delay)
    print("finished", value)
    return value

async def main():
    r = await asyncio.gather(delayed("a", 0.03), delayed("b", 0.01), delayed("c", 0.02))
    print(r)
    print(await asyncio.gather())
    t = asyncio.create_task(delayed("t", 0))
    print(await asyncio.gather(t, t, delayed("u", 0)))

asyncio.run(main())
