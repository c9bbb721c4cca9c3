# Event.wait() awaited deeper in a task's await chain and in less common
# ways: what cr_await and _fut_waiter show while the task waits, a task
# cancelled after set() (once and twice), the traceback of a cancelled
# waiter, a wait() object stored before it is awaited, shield(), a second
# Event waited on after the first, and many waiters released in order.
import asyncio
import traceback

def show(t):
    r = repr(t)
    return r[:r.index(' coro=')] + r[r.index(' wait_for='):] if ' wait_for=' in r else r.split(' coro=')[0]

async def inner(ev, log, name):
    r = await ev.wait()
    log.append((name, 'inner', r))
    return r

async def outer(ev, log, name):
    try:
        return await inner(ev, log, name)
    except asyncio.CancelledError as e:
        log.append((name, 'cancelled', e.args))
        raise

async def stored(ev, log):
    w = ev.wait()
    log.append(type(w).__name__)
    r = await w
    log.append(('stored', r))
    return r

async def twice(ev1, ev2, log):
    await ev1.wait()
    log.append('first event')
    await ev2.wait()
    log.append('second event')
    return 'twice'

async def main():
    log = []
    ev = asyncio.Event()
    a = asyncio.create_task(outer(ev, log, 'a'), name='a')
    b = asyncio.create_task(outer(ev, log, 'b'), name='b')
    c = asyncio.create_task(stored(ev, log), name='c')
    await asyncio.sleep(0)
    print(show(a))
    aw = a.get_coro().cr_await
    print(type(aw).__name__, aw.__qualname__ if hasattr(aw, '__qualname__') else '')
    inner_aw = aw.cr_await
    print(type(inner_aw).__name__, repr(inner_aw).split(' at ')[0])
    print(show(a), type(a._fut_waiter).__name__, a._fut_waiter.done())
    print(show(b), show(c))
    ev.set()
    print(show(a), show(b))
    b.cancel('after set')
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(log)
    print(a.result(), b.cancelled(), c.result())

    # cancelled while waiting: the traceback goes through wait()
    ev2 = asyncio.Event()
    t = asyncio.create_task(inner(ev2, log, 't'), name='t')
    await asyncio.sleep(0)
    t.cancel('stop')
    try:
        await t
    except asyncio.CancelledError:
        lines = traceback.format_exc().splitlines()
        files = [l.strip() for l in lines if l.strip().startswith('File')][-3:]
        print([f.split('"')[1].rsplit('/', 1)[-1] + f.split('"')[2] for f in files])
        print(lines[-1])

    # cancelled twice after set(): the first message wins
    ev3 = asyncio.Event()
    t = asyncio.create_task(outer(ev3, log, 'u'), name='u')
    await asyncio.sleep(0)
    ev3.set()
    print(t.cancel('one'), t.cancel('two'), t.cancelling())
    try:
        await t
    except asyncio.CancelledError as e:
        print('cancelled', e.args)

    # shield, and a task waiting on two events in turn
    ev4, ev5 = asyncio.Event(), asyncio.Event()
    s = asyncio.create_task(twice(ev4, ev5, log))
    sh = asyncio.ensure_future(asyncio.shield(ev4.wait()))
    await asyncio.sleep(0)
    print(len(ev4._waiters), len(ev5._waiters))
    ev4.set()
    await asyncio.sleep(0)
    print(len(ev4._waiters), len(ev5._waiters), sh.done())
    ev5.set()
    print(await s, await sh, log[-2:])

    # many waiters wake in the order they waited
    ev6 = asyncio.Event()
    order = []
    async def w(i):
        await ev6.wait()
        order.append(i)
    ts = [asyncio.create_task(w(i)) for i in range(50)]
    await asyncio.sleep(0)
    ts[10].cancel()
    ev6.set()
    await asyncio.gather(*ts, return_exceptions=True)
    print(order == [i for i in range(50) if i != 10], len(order), len(ev6._waiters))

asyncio.run(main())
