# A task cancelled before its first step, awaited without catching: the
# traceback shows the coroutine's frame at its def line, where CPython
# throws the CancelledError in.
import asyncio


def logged(fn):
    return fn


@logged
async def download(url):
    await asyncio.sleep(10)
    return url


async def main():
    t = asyncio.create_task(download("a"))
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        import traceback
        traceback.print_exc()
    try:
        await asyncio.wait_for(asyncio.sleep(0, "late"), 0)
    except TimeoutError as e:
        print("wait_for(…, 0):", repr(e), repr(e.__cause__))
    t = asyncio.create_task(download("b"))
    t.cancel("stopped early")
    await t


asyncio.run(main())
