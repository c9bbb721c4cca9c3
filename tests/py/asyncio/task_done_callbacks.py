# Task done callbacks run on the loop after the task finishes, in order.
import asyncio

async def work(x):
    await asyncio.sleep(0)
    if x < 0:
        raise ValueError(x)
    return x * 10

def report(t):
    if t.cancelled():
        print("callback:", t.get_name(), "cancelled")
    elif t.exception():
        print("callback:", t.get_name(), "failed", repr(t.exception()))
    else:
        print("callback:", t.get_name(), "result", t.result())

async def main():
    ts = [asyncio.create_task(work(1), name="one"),
          asyncio.create_task(work(-1), name="neg"),
          asyncio.create_task(work(2), name="two")]
    for t in ts:
        t.add_done_callback(report)
    ts[2].cancel()
    await asyncio.gather(*ts, return_exceptions=True)
    print("gathered")
    await asyncio.sleep(0)
    print("end")

asyncio.run(main())
