# Cancelling a task awaiting a bare Future cancels that future too.
import asyncio

async def waiter(fut):
    try:
        await fut
    except asyncio.CancelledError as e:
        print("waiter cancelled", e.args)
        raise

async def main():
    fut = asyncio.get_running_loop().create_future()
    t = asyncio.create_task(waiter(fut))
    await asyncio.sleep(0)
    t.cancel("because")
    await asyncio.sleep(0)
    print("future cancelled:", fut.cancelled())
    try:
        await t
    except asyncio.CancelledError as e:
        print("task cancelled", e.args)

asyncio.run(main())
