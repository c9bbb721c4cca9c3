# Tasks parked on Event.wait() (the task itself in _waiters): an Event
# subclass whose set() walks _waiters in Python, timeout() around wait(),
# a TaskGroup cancelling waiters, clear() and wait() again in one task,
# and waiters left at the end, which asyncio.run cancels.
import asyncio

class MyEvent(asyncio.Event):
    def set(self):
        print('custom set, waiters:', len(self._waiters))
        for fut in self._waiters:
            if not fut.done():
                fut.set_result(True)
        self._value = True

async def waiter(ev, name, log):
    try:
        async with asyncio.timeout(0.05):
            await ev.wait()
        log.append((name, 'woke'))
    except TimeoutError:
        log.append((name, 'timeout'))

async def forever(ev):
    await ev.wait()

async def main():
    log = []
    ev = MyEvent()
    ts = [asyncio.create_task(waiter(ev, n, log)) for n in 'ab']
    await asyncio.sleep(0)
    ev.set()
    await asyncio.gather(*ts)
    ev2 = asyncio.Event()
    ts = [asyncio.create_task(waiter(ev2, n, log)) for n in 'cd']
    await asyncio.gather(*ts)
    print(log, len(ev2._waiters))
    # TaskGroup: one child fails, the others waiting on an event are cancelled
    ev3 = asyncio.Event()
    async def fail():
        await asyncio.sleep(0)
        raise ValueError('boom')
    try:
        async with asyncio.TaskGroup() as tg:
            for i in range(3):
                tg.create_task(forever(ev3))
            tg.create_task(fail())
    except* ValueError as eg:
        print('group', [str(e) for e in eg.exceptions], len(ev3._waiters))
    # clear and wait again in one task
    ev4 = asyncio.Event()
    async def twice():
        for k in range(3):
            await ev4.wait()
            ev4.clear()
            print('round', k)
    t = asyncio.create_task(twice())
    for k in range(3):
        await asyncio.sleep(0)
        ev4.set()
        await asyncio.sleep(0)
    await t
    # left waiting at the end: asyncio.run cancels them
    ev5 = asyncio.Event()
    global left
    left = [asyncio.create_task(forever(ev5), name=f'left{i}') for i in range(2)]
    await asyncio.sleep(0)
    print([repr(t).split(' coro=')[0] for t in left])

asyncio.run(main())
print([t.cancelled() for t in left])
