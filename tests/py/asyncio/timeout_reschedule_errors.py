# timeout()/timeout_at() misuse: a deadline of the wrong type fails in
# reschedule() with CPython's comparison, an expired timeout refuses to be
# moved, and a Timeout not yet entered cannot be rescheduled or exited.
import asyncio
import traceback


async def show(label, make):
    try:
        r = make()
        if asyncio.iscoroutine(r):
            r = await r
        print(label, "ok", r is None)
    except BaseException as e:
        print(label, type(e).__name__ + ":", e)


async def main():
    try:
        async with asyncio.timeout_at("soon"):
            print("not reached")
    except TypeError:
        traceback.print_exc()
    try:
        async with asyncio.timeout(0) as cm:
            await asyncio.sleep(1)
    except TimeoutError:
        print("expired", cm.expired())
    await show("reschedule expired", lambda: cm.reschedule(5))
    await show("reschedule None", lambda: cm.reschedule(None))
    fresh = asyncio.timeout(10)
    await show("reschedule fresh", lambda: fresh.reschedule(1))
    await show("exit fresh", lambda: fresh.__aexit__(None, None, None))
    async with asyncio.timeout(None) as cm2:
        print("when", cm2.when())
        cm2.reschedule(None)
        print("still", cm2.when(), cm2.expired())


asyncio.run(main())
