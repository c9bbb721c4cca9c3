# The loop calls its exception handler for a failing callback from inside
# Handle._run's `except` block: an error the handler itself raises carries
# the callback's exception as __context__, and the default handler's report
# of it prints both.
import asyncio
import sys


def cb():
    raise RuntimeError("in cb")


def done_cb(fut):
    raise KeyError("in done callback")


async def main():
    loop = asyncio.get_running_loop()

    def peek(loop, ctx):
        print("handling:", repr(sys.exc_info()[1]), repr(ctx["exception"]))

    loop.set_exception_handler(peek)
    loop.call_soon(cb)
    await asyncio.sleep(0)

    def broken(loop, ctx):
        raise TypeError("handler broke")

    loop.set_exception_handler(broken)
    loop.call_soon(cb)
    await asyncio.sleep(0)
    f = loop.create_future()
    f.add_done_callback(done_cb)
    f.set_result(1)
    await asyncio.sleep(0)
    print(sys.exc_info())
    print("done")


asyncio.run(main())
