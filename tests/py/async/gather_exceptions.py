# gather with return_exceptions, and exception propagation.
import asyncio

async def ok(v):
    await asyncio.sleep(0)
    return v

async def fail(msg):
    await asyncio.sleep(0)
    raise RuntimeError(msg)

async def main():
    res = await asyncio.gather(ok(1), fail("bad"), ok(3), return_exceptions=True)
    for r in res:
        print(type(r).__name__, r)
    try:
        await asyncio.gather(ok(1), fail("propagated"))
    except RuntimeError as e:
        print("caught", e)

asyncio.run(main())
