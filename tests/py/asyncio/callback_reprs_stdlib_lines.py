# A task awaited by shield/gather/wait/wait_for/as_completed carries their
# done callbacks; its repr names each with CPython's file and line, and
# wait_for's is a functools.partial of _release_waiter.
import asyncio


async def job(d):
    await asyncio.sleep(d)
    return d


async def main():
    t = asyncio.create_task(job(0.05), name="A")
    s = asyncio.shield(t)
    await asyncio.sleep(0)
    print(show(t))
    print(show(s))
    g = asyncio.gather(t)
    print(show(t))
    w = asyncio.create_task(asyncio.wait([t], timeout=1), name="W")
    await asyncio.sleep(0)
    print(show(t))
    wf = asyncio.create_task(asyncio.wait_for(t, 1), name="WF")
    await asyncio.sleep(0)
    print(show(t))
    it = asyncio.as_completed([t])
    print(show(t))
    one = next(it)
    one.close()
    wf2 = asyncio.create_task(asyncio.wait_for(asyncio.sleep(1), 0), name="WF0")
    await asyncio.sleep(0)
    print(show(wf2))
    print(await g)
    print(await wf)
    print([len(x) for x in await w])
    try:
        await wf2
    except TimeoutError as e:
        print("timeout", repr(e.__cause__))


def show(x):
    # This file's path, whatever the checkout: only the line matters.
    return repr(x).replace(__file__, 'FILE')


asyncio.run(main())
