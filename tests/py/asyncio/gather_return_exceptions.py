# gather(return_exceptions=True) puts exceptions (and CancelledError) in the results.
import asyncio

async def ok(v):
    await asyncio.sleep(0)
    return v

async def fail(msg):
    await asyncio.sleep(0)
    raise ValueError(msg)

async def main():
    slow = asyncio.create_task(asyncio.sleep(1))
    async def cancel_slow():
        await asyncio.sleep(0)
        slow.cancel()
    res = await asyncio.gather(ok(1), fail("x"), ok(3), slow, cancel_slow(), return_exceptions=True)
    print([type(r).__name__ if isinstance(r, BaseException) else r for r in res])
    print(res[1].args, res[3].args)

asyncio.run(main())
