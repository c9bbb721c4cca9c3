# Event.wait(): the waiter futures in _waiters, create_task/wait_for on it,
# cancellation at the wait, send/throw/close driven by hand, reuse.
import asyncio

async def waiter(ev, name):
    try:
        r = await ev.wait()
        print(name, 'woke with', r)
    except asyncio.CancelledError:
        print(name, 'cancelled; waiters left:', len(ev._waiters))
        raise

async def main():
    ev = asyncio.Event()
    w = ev.wait()
    print('iscoroutine:', asyncio.iscoroutine(w))
    w.close()
    tasks = [asyncio.create_task(waiter(ev, n)) for n in 'abc']
    t2 = asyncio.create_task(ev.wait())
    await asyncio.sleep(0)
    print('waiting:', len(ev._waiters), all(isinstance(f, asyncio.Future) for f in ev._waiters))
    print('pending futures:', [f.done() for f in ev._waiters])
    tasks[1].cancel()
    await asyncio.sleep(0)
    print('after cancel:', len(ev._waiters))
    ev.set()
    print('after set, before they run:', len(ev._waiters), [f.result() for f in ev._waiters])
    await asyncio.sleep(0)
    print('after they ran:', len(ev._waiters))
    print('t2:', await t2)
    print(tasks[1].cancelled(), await asyncio.gather(tasks[0], tasks[2]))
    print('set event wait:', await ev.wait())
    ev.clear()
    try:
        await asyncio.wait_for(ev.wait(), 0.001)
    except TimeoutError:
        print('timed out; waiters:', len(ev._waiters))
    # driven by hand
    c = ev.wait()
    fut = c.send(None)
    print('yielded a future:', isinstance(fut, asyncio.Future), len(ev._waiters))
    fut.set_result(True)
    try:
        c.send(None)
    except StopIteration as e:
        print('returned', e.value, len(ev._waiters))
    try:
        c.send(None)
    except RuntimeError as e:
        print('RuntimeError:', e)
    c = ev.wait()
    c.send(None)
    try:
        c.throw(ValueError('boom'))
    except ValueError as e:
        print('thrown back:', e, len(ev._waiters))
    c = ev.wait()
    c.send(None)
    c.close()
    print('closed:', len(ev._waiters))
    c = ev.wait()
    try:
        c.send(1)
    except TypeError as e:
        print('TypeError:', e)
    c.close()

    class MyEvent(asyncio.Event):
        async def wait(self):
            print('MyEvent.wait')
            return await super().wait()
    me = MyEvent()
    t = asyncio.create_task(me.wait())
    await asyncio.sleep(0)
    me.set()
    print('MyEvent:', await t)

asyncio.run(main())

async def uncaught():
    ev = asyncio.Event()
    asyncio.get_running_loop().call_soon(asyncio.current_task().cancel)
    await ev.wait()

asyncio.run(uncaught())
