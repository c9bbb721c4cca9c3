# asend/athrow/aclose awaitables are coroutines to asyncio (as in CPython,
# through collections.abc.Coroutine): a Task can run them.
import asyncio

async def agen():
    try:
        yield 1
        yield 2
    finally:
        print('agen finally')

async def main():
    g = agen()
    print(await g.__anext__())
    print(asyncio.iscoroutine(g.aclose()), asyncio.iscoroutine(g.asend(None)))
    t = asyncio.create_task(g.asend(None))
    print('asend task:', await t)
    t = asyncio.create_task(g.aclose())
    print('aclose task:', await t)
    try:
        await asyncio.create_task(g.__anext__())
    except StopAsyncIteration:
        print('exhausted: StopAsyncIteration from the task')

asyncio.run(main())
