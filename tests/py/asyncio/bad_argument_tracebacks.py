# Wrong argument types reaching asyncio's Python-level comparisons: the
# tracebacks end in CPython's frames (Queue.full via put/put_nowait,
# wait_for's timeout check).
import asyncio
import traceback


async def main():
    q = asyncio.Queue(maxsize=None)
    for attempt in (lambda: q.put_nowait(1), lambda: q.full()):
        try:
            attempt()
        except TypeError:
            traceback.print_exc()
    c = asyncio.sleep(0)
    try:
        await asyncio.wait_for(c, timeout="1")
    except TypeError:
        traceback.print_exc()
    c.close()
    await q.put("x")


asyncio.run(main())
