# Many tasks waiting on one asyncio.Event: some cancelled before set(), one
# cancelled after set() but before it ran, clear() and set() again; the
# waiter list must shrink as CPython's does and results come in order.
import asyncio


async def waiter(ev, i, log):
    try:
        r = await ev.wait()
        log.append((i, r))
        return i
    except asyncio.CancelledError:
        log.append((i, 'cancelled'))
        raise


async def main():
    ev = asyncio.Event()
    log = []
    tasks = [asyncio.create_task(waiter(ev, i, log)) for i in range(8)]
    await asyncio.sleep(0)
    print('waiting', len(ev._waiters))
    tasks[1].cancel()
    tasks[4].cancel()
    await asyncio.sleep(0)
    print('after cancel', len(ev._waiters))
    ev.set()
    tasks[6].cancel()
    print('set', ev.is_set(), len(ev._waiters))
    res = await asyncio.gather(*tasks, return_exceptions=True)
    print([type(r).__name__ if isinstance(r, BaseException) else r for r in res])
    print(log)
    print('final', len(ev._waiters))

    ev.clear()
    t = asyncio.create_task(waiter(ev, 'again', log))
    await asyncio.sleep(0)
    print(ev.is_set(), len(ev._waiters))
    ev.set()
    print(await t, log[-1])

    # already set: returns without suspending
    print(await ev.wait())

    # wait_for timeout on an event
    ev2 = asyncio.Event()
    try:
        await asyncio.wait_for(ev2.wait(), 0.01)
    except asyncio.TimeoutError:
        print('timeout', len(ev2._waiters))

    # gather of many waiters, then cancel the gather
    ev3 = asyncio.Event()
    ts = [asyncio.create_task(ev3.wait()) for _ in range(5)]
    g = asyncio.gather(*ts)
    await asyncio.sleep(0)
    g.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print('gather cancelled', [t.cancelled() for t in ts], len(ev3._waiters))


asyncio.run(main())
