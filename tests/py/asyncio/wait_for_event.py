# wait_for over Event.wait and Queue.get: timeouts and successes.
import asyncio

async def main():
    ev = asyncio.Event()
    try:
        await asyncio.wait_for(ev.wait(), 0.01)
    except TimeoutError:
        print("event wait timed out")
    asyncio.get_running_loop().call_later(0.01, ev.set)
    print(await asyncio.wait_for(ev.wait(), 1))
    q = asyncio.Queue()
    try:
        await asyncio.wait_for(q.get(), 0.01)
    except TimeoutError:
        print("queue get timed out", q.qsize(), len(q._getters))
    q.put_nowait("item")
    print(await asyncio.wait_for(q.get(), 1))

asyncio.run(main())
