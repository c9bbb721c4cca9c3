# gather() over arguments that are already futures or tasks (used as they
# are) mixed with coroutines it wraps, in every order: results stay in
# argument order, callbacks run in argument order, cancelling reaches every
# child, and a bad argument after some futures fails as CPython's does.
import asyncio

log = []

async def work(n, delay=0):
    log.append(('start', n))
    await asyncio.sleep(delay)
    log.append(('end', n))
    return n

async def boom(n):
    await asyncio.sleep(0)
    raise ValueError(n)

async def main():
    loop = asyncio.get_running_loop()
    tasks = [asyncio.create_task(work(i)) for i in range(5)]
    print(await asyncio.gather(*tasks))

    # Futures done already: their callbacks are queued in argument order.
    done = []
    for i in range(4):
        f = loop.create_future()
        f.set_result(i * 10)
        f.add_done_callback(lambda f, i=i: log.append(('cb', i)))
        done.append(f)
    log.clear()
    print(await asyncio.gather(*done), log)

    # A coroutine after some futures, before them, between them, repeated.
    log.clear()
    t1, t2 = asyncio.create_task(work('t1')), asyncio.create_task(work('t2'))
    print(await asyncio.gather(t1, t2, work('c')))
    log.clear()
    t3, t4 = asyncio.create_task(work('t3')), asyncio.create_task(work('t4'))
    print(await asyncio.gather(work('c0'), t3, t4))
    c = work('rep')
    t5 = asyncio.create_task(work('t5'))
    print(await asyncio.gather(t5, c, t5, c, work('x')))
    print(log)

    # return_exceptions with futures only, and the first error without it.
    bad = [asyncio.create_task(boom(i)) for i in range(3)]
    print(await asyncio.gather(*bad, return_exceptions=True))
    bad = [asyncio.create_task(boom(i)) for i in range(3)]
    try:
        await asyncio.gather(*bad)
    except ValueError as e:
        print('ValueError', e)
    await asyncio.sleep(0)
    print([b.done() for b in bad])

    # Cancelling the outer future cancels every child.
    slow = [asyncio.create_task(work(i, 10)) for i in range(3)]
    g = asyncio.gather(*slow)
    await asyncio.sleep(0)
    print(g.cancel())
    try:
        await g
    except asyncio.CancelledError as e:
        print('cancelled', repr(e))
    print([s.cancelled() for s in slow])
    slow = [asyncio.create_task(work(i, 10)) for i in range(2)]
    g = asyncio.gather(slow[0], work('c', 10), slow[1])
    await asyncio.sleep(0)
    print(g.cancel('why'))
    try:
        await g
    except asyncio.CancelledError as e:
        print('cancelled', repr(e))
    print([s.cancelled() for s in slow])

    # A non-awaitable after some futures: TypeError, and the futures carry on.
    ok = [asyncio.create_task(work(i)) for i in range(2)]
    try:
        asyncio.gather(*ok, 42)
    except TypeError as e:
        print('TypeError', e)
    print(await asyncio.gather(*ok))

    # The argument tuple is the caller's list turned into a tuple: changing
    # the list afterwards changes nothing.
    more = [asyncio.create_task(work(i)) for i in range(3)]
    g = asyncio.gather(*more)
    more.clear()
    print(await g, more)

asyncio.run(main())
