# Cancelling a task while it iterates an async generator that awaits:
# the generator's finally runs when it is closed.
import asyncio

async def ticker():
    try:
        i = 0
        while True:
            await asyncio.sleep(0)
            yield i
            i += 1
    finally:
        print("ticker finally")

async def consumer():
    t = ticker()
    try:
        async for v in t:
            print("tick", v)
    except asyncio.CancelledError:
        print("consumer cancelled")
        await t.aclose()
        raise

async def main():
    task = asyncio.create_task(consumer())
    for _ in range(3):
        await asyncio.sleep(0)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("main done")

asyncio.run(main())
