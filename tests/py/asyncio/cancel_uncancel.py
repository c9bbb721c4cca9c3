# Task.cancelling() and uncancel() as in 3.11.
import asyncio

async def resilient():
    for attempt in range(3):
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            me = asyncio.current_task()
            print("attempt", attempt, "cancelling =", me.cancelling())
            print("uncancel ->", me.uncancel())
    return "finished"

async def main():
    t = asyncio.create_task(resilient())
    for _ in range(3):
        await asyncio.sleep(0)
        t.cancel()
    print(await t, t.cancelling())
    u = asyncio.create_task(asyncio.sleep(1))
    await asyncio.sleep(0)
    print(u.cancel(), u.cancel(), u.cancelling())
    try:
        await u
    except asyncio.CancelledError:
        print("u cancelled, cancelling =", u.cancelling())

asyncio.run(main())
