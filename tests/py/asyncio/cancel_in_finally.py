# A cancelled task may await in finally, or swallow the cancellation and return.
import asyncio

async def cleanup_with_await():
    try:
        await asyncio.sleep(1)
    finally:
        print("cleanup starts")
        await asyncio.sleep(0)
        print("cleanup done")

async def swallower():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("swallowed")
    return "survived"

async def main():
    t1 = asyncio.create_task(cleanup_with_await())
    t2 = asyncio.create_task(swallower())
    await asyncio.sleep(0)
    t1.cancel()
    t2.cancel()
    r = await asyncio.gather(t1, t2, return_exceptions=True)
    print([type(x).__name__ for x in r], r[1])
    print(t1.cancelled(), t2.cancelled(), t2.cancelling())

asyncio.run(main())
