# athrow() counts its arguments only when awaited (CPython 3.11), after
# marking the generator running, and never clears that mark on this
# error: the generator then refuses every later step as already running.
import asyncio


async def agen():
    try:
        yield 1
        yield 2
    finally:
        print("agen finally")


async def show(aw):
    try:
        print("ok", await aw)
    except BaseException as e:
        print(type(e).__name__ + ":", e)


async def broken():
    g = agen()
    a = g.athrow()
    b = g.athrow(ValueError, 1, 2, 3)
    print(type(a).__name__, type(b).__name__)
    await show(a)
    await show(b)
    await show(g.asend(None))
    print("running:", g.ag_running)


async def closed_first():
    g = agen()
    print(await g.asend(None))
    await show(g.aclose())
    await show(g.athrow(ValueError, 1, 2, 3))
    await show(g.athrow())


async def main():
    await broken()
    await closed_first()
    print("done")


asyncio.run(main())
