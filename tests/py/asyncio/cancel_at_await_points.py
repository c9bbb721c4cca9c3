# Cancellation delivered at each kind of await point: the CancelledError
# appears where the task waits, finally blocks and async with exits run,
# and the primitive it waited on is left consistent.
import asyncio

async def victim(name, awaitable_factory):
    try:
        await awaitable_factory()
        print(name, 'finished?!')
    except asyncio.CancelledError as e:
        print(name, 'cancelled', e.args)
        raise
    finally:
        print(name, 'finally')

async def run_case(name, factory, msg=None, turns=1):
    t = asyncio.create_task(victim(name, factory))
    for _ in range(turns):
        await asyncio.sleep(0)
    t.cancel(msg)
    try:
        await t
    except asyncio.CancelledError:
        pass
    print(name, 'task cancelled:', t.cancelled())

class Slow:
    async def __aenter__(self):
        await asyncio.sleep(10)
    async def __aexit__(self, *exc):
        print('  __aexit__ not reached')

class Holds:
    async def __aenter__(self):
        print('  entered')
        return self
    async def __aexit__(self, typ, exc, tb):
        print('  __aexit__ got', typ.__name__)
        return False

async def agen_sleeping():
    try:
        yield 1
        await asyncio.sleep(10)
        yield 2
    finally:
        print('  agen finally')

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    await run_case('future', lambda: fut, 'at future')
    print('  future cancelled too:', fut.cancelled())

    q = asyncio.Queue()
    await run_case('queue.get', q.get)
    print('  getters left:', len(q._getters))
    q.put_nowait(1)
    print('  queue still works:', await q.get())

    q2 = asyncio.Queue(maxsize=1)
    q2.put_nowait(0)
    await run_case('queue.put', lambda: q2.put(1))
    print('  putters left:', len(q2._putters), 'size', q2.qsize())

    lock = asyncio.Lock()
    await lock.acquire()
    await run_case('lock.acquire', lock.acquire)
    lock.release()
    print('  lock free:', not lock.locked())

    sem = asyncio.Semaphore(0)
    await run_case('semaphore.acquire', sem.acquire)
    sem.release()
    print('  semaphore value:', sem._value)

    bsem = asyncio.BoundedSemaphore(1)
    await bsem.acquire()
    await run_case('bounded.acquire', bsem.acquire)
    bsem.release()

    ev = asyncio.Event()
    await run_case('event.wait', ev.wait, 'stop waiting')
    print('  event waiters left:', len(ev._waiters))

    cond = asyncio.Condition()
    async def cond_wait():
        async with cond:
            await cond.wait()
    await run_case('condition.wait', cond_wait)
    print('  condition lock released:', not cond.locked())

    inner = asyncio.create_task(asyncio.sleep(10))
    await run_case('await task', lambda: inner)
    await asyncio.sleep(0)
    print('  inner task cancelled:', inner.cancelled())

    shielded = asyncio.create_task(asyncio.sleep(0.001, 'shielded result'))
    await run_case('shield', lambda: asyncio.shield(shielded))
    print('  shielded survives:', await shielded)

    await run_case('wait_for', lambda: asyncio.wait_for(asyncio.sleep(10), 5))

    other = asyncio.create_task(asyncio.sleep(10))
    await run_case('asyncio.wait', lambda: asyncio.wait([other]))
    print('  waited-on task untouched:', other.cancelled(), other.done())
    other.cancel()

    async def enter_slow():
        async with Slow():
            pass
    await run_case('async with enter', enter_slow)

    async def in_with():
        async with Holds():
            await asyncio.sleep(10)
    await run_case('inside async with', in_with, turns=2)

    async def in_agen():
        async for x in agen_sleeping():
            print('  got', x)
    await run_case('async for over agen', in_agen, turns=2)

    async def in_anext():
        g = agen_sleeping()
        print('  first', await anext(g))
        try:
            await anext(g)
        finally:
            await g.aclose()
    await run_case('anext()', in_anext, turns=2)

    async def in_gather():
        await asyncio.gather(asyncio.sleep(10), asyncio.sleep(10))
    await run_case('gather', in_gather)

    async def in_timeout():
        async with asyncio.timeout(10):
            await asyncio.sleep(10)
    await run_case('timeout block', in_timeout)

    async def in_taskgroup():
        async with asyncio.TaskGroup() as tg:
            tg.create_task(asyncio.sleep(10))
            await asyncio.sleep(10)
    await run_case('taskgroup body', in_taskgroup)

    async def nested():
        async def level(n):
            if n == 0:
                await asyncio.sleep(10)
            else:
                try:
                    await level(n - 1)
                finally:
                    print('  unwinding level', n)
        await level(3)
    await run_case('await chain', nested)

asyncio.run(main())
