# Future.cancel with and without a message; awaiting a cancelled future.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(f.cancel(), f.cancel(), f.cancelled(), f.done(), repr(f))
    try:
        f.result()
    except asyncio.CancelledError as e:
        print("CancelledError args:", e.args)
    g = loop.create_future()
    g.cancel(msg="stop now")
    try:
        await g
    except asyncio.CancelledError as e:
        print("CancelledError args:", e.args)
    try:
        g.exception()
    except asyncio.CancelledError as e:
        print("exception() raised", e.args)
    done = loop.create_future()
    done.set_result(1)
    print(done.cancel(), done.cancelled())
    print(issubclass(asyncio.CancelledError, BaseException),
          issubclass(asyncio.CancelledError, Exception))

asyncio.run(main())
