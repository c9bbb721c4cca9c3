# wait_for: completion in time, TimeoutError (cancelling the inner task), None and 0 timeouts.
import asyncio

async def slow(delay, value):
    try:
        await asyncio.sleep(delay)
        return value
    except asyncio.CancelledError:
        print("inner cancelled for", value)
        raise

async def main():
    print(await asyncio.wait_for(slow(0.01, "fast enough"), timeout=1))
    try:
        await asyncio.wait_for(slow(1, "too slow"), timeout=0.02)
    except asyncio.TimeoutError as e:
        print("TimeoutError", type(e) is TimeoutError, repr(e.__cause__)[:14])
    print(await asyncio.wait_for(slow(0, "no timeout"), None))
    try:
        await asyncio.wait_for(slow(1, "zero"), 0)
    except TimeoutError:
        print("zero timeout")
    done = asyncio.get_running_loop().create_future()
    done.set_result("done future")
    print(await asyncio.wait_for(done, 0))

asyncio.run(main())
