# Cancelling a task suspended in sleep(): CancelledError at the await, finally runs.
import asyncio

async def sleeper():
    try:
        print("sleeping")
        await asyncio.sleep(10)
        print("not reached")
    except asyncio.CancelledError:
        print("cancelled at the await")
        raise
    finally:
        print("sleeper finally")

async def main():
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    print("cancel ->", t.cancel())
    try:
        await t
    except asyncio.CancelledError:
        print("awaiting raised CancelledError")
    print(t.cancelled(), t.done(), t.cancel())

asyncio.run(main())
