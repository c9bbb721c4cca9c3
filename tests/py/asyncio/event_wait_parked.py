# Tasks waiting on Event.wait(): what their reprs show while waiting, once
# the event is set and once cancelled; the wake-up order against other
# callbacks; cancelling before and after set(); looking into _waiters
# while tasks wait there; wait_for and gather around wait().
import asyncio

def show(t):
    r = repr(t)
    return r[:r.index(' coro=')] + r[r.index(' wait_for='):] if ' wait_for=' in r else r.split(' coro=')[0]

async def waiter(ev, name, log):
    try:
        r = await ev.wait()
        log.append((name, r))
        return name
    except asyncio.CancelledError as e:
        log.append((name, 'cancelled', e.args))
        raise

async def main():
    loop = asyncio.get_running_loop()
    log = []
    ev = asyncio.Event()
    ts = [asyncio.create_task(waiter(ev, n, log), name=n) for n in 'abcd']
    await asyncio.sleep(0)
    print(show(ts[0]))
    print(repr(ev).split(' [')[1])
    ts[1].cancel('stop b')
    print(show(ts[1]))
    loop.call_soon(log.append, 'call_soon before set')
    ev.set()
    loop.call_soon(log.append, 'call_soon after set')
    print(show(ts[0]))
    ts[2].cancel('too late for c')
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(log)
    for t in ts:
        print(t.get_name(), t.cancelled() or t.result())

    # looking into _waiters turns the parked waits into futures
    ev2 = asyncio.Event()
    log2 = []
    ws = [asyncio.create_task(waiter(ev2, n, log2), name=n) for n in 'xyz']
    await asyncio.sleep(0)
    print(len(ev2._waiters), [type(f).__name__ for f in ev2._waiters], [f.done() for f in ev2._waiters])
    print(show(ws[0]), type(ws[0]._fut_waiter).__name__)
    ws[0].cancel()
    ev2.set()
    print([f.cancelled() for f in ev2._waiters], [f.done() for f in ev2._waiters])
    await asyncio.sleep(0)
    print(log2, len(ev2._waiters))

    # parked again after a clear; peeked at between set() and the wake-up
    ev2.clear()
    log3 = []
    ws = [asyncio.create_task(waiter(ev2, n, log3)) for n in 'pq']
    await asyncio.sleep(0)
    ev2.set()
    print([f.result() for f in ev2._waiters])
    await asyncio.sleep(0)
    print(log3, len(ev2._waiters))

    # wait_for and gather around wait()
    ev3 = asyncio.Event()
    try:
        await asyncio.wait_for(ev3.wait(), 0.01)
    except TimeoutError:
        print('timed out', len(ev3._waiters))
    g = asyncio.gather(ev3.wait(), ev3.wait(), waiter(ev3, 'g', log3))
    await asyncio.sleep(0)
    print('gather waiting', len(ev3._waiters))
    ev3.set()
    print(await g, len(ev3._waiters))

    # cancelling a waiting task through its own cancel() twice, and uncancel
    ev4 = asyncio.Event()
    t = asyncio.create_task(waiter(ev4, 'w', log3))
    await asyncio.sleep(0)
    print(t.cancel('first'), t.cancel('second'), t.cancelling())
    try:
        await t
    except asyncio.CancelledError as e:
        print('cancelled with', e.args, len(ev4._waiters))

asyncio.run(main())
