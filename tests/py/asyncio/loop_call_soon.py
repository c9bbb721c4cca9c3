# call_soon runs callbacks in FIFO order on the next iteration; handles can be cancelled.
import asyncio

def cb(tag, *args):
    print("callback", tag, args)

async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(cb, "a")
    h = loop.call_soon(cb, "b", 1, 2)
    loop.call_soon(cb, "c")
    # The repr ends with the callback's absolute source path: print it up to there.
    print(repr(h).split(' at ')[0])
    h.cancel()
    print(h.cancelled(), repr(h))
    print("before yield")
    await asyncio.sleep(0)
    print("after yield")
    loop.call_soon(lambda: loop.call_soon(cb, "nested"))
    await asyncio.sleep(0)
    print("one iteration later")
    await asyncio.sleep(0)
    print("two iterations later")

asyncio.run(main())
