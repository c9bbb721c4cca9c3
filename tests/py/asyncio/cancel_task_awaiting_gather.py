# Cancelling a task that awaits gather() cancels gather's children (their finally blocks run), with return_exceptions both ways, and gather(...).cancel() directly.
import asyncio

async def sleeper(name, n):
    try:
        for _ in range(n):
            await asyncio.sleep(0)
        print(name, 'finished')
        return name
    except asyncio.CancelledError as e:
        print(name, 'cancelled', e.args)
        raise
    finally:
        print(name, 'finally')

async def parent(ret_exc):
    try:
        r = await asyncio.gather(sleeper('a', 10), sleeper('b', 10), return_exceptions=ret_exc)
        print('parent got', r)
    except asyncio.CancelledError as e:
        print('parent cancelled', e.args)
        raise
    finally:
        print('parent finally')

async def case(ret_exc, msg):
    print('-- task awaiting gather, return_exceptions =', ret_exc, 'msg =', msg)
    t = asyncio.create_task(parent(ret_exc))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print('cancel ->', t.cancel(msg) if msg else t.cancel())
    try:
        await t
    except asyncio.CancelledError as e:
        print('main saw CancelledError', e.args)
    print('task cancelled:', t.cancelled())

async def direct(ret_exc):
    print('-- gather(...).cancel(), return_exceptions =', ret_exc)
    g = asyncio.gather(sleeper('c', 10), sleeper('d', 1), return_exceptions=ret_exc)
    await asyncio.sleep(0)
    print('cancel ->', g.cancel())
    print('cancel again ->', g.cancel())
    try:
        print('result', await g)
    except asyncio.CancelledError as e:
        print('main saw CancelledError', e.args)
    print('gather cancelled:', g.cancelled(), 'done:', g.done())

async def partly_done():
    print('-- one child already finished')
    async def quick():
        return 'q'
    t = asyncio.create_task(parent_partial())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print('main saw CancelledError')

async def parent_partial():
    try:
        await asyncio.gather(sleeper('e', 1), sleeper('f', 10))
    finally:
        print('parent_partial finally')

async def main():
    for r in (False, True):
        await case(r, None)
        await case(r, 'stop')
        await direct(r)
    await partly_done()

asyncio.run(main())

async def stubborn():
    try:
        await asyncio.sleep(0)
        await asyncio.sleep(0)
    except asyncio.CancelledError:
        print('stubborn swallowed the cancel')
    return 'kept'

async def parent_stubborn(ret_exc):
    try:
        r = await asyncio.gather(stubborn(), sleeper('g', 5), return_exceptions=ret_exc)
        print('parent_stubborn got', r)
    except asyncio.CancelledError as e:
        print('parent_stubborn cancelled', e.args)

async def main2():
    for r in (False, True):
        print('-- a child swallows the cancel, return_exceptions =', r)
        t = asyncio.create_task(parent_stubborn(r))
        await asyncio.sleep(0)
        await asyncio.sleep(0)
        t.cancel('bye')
        await t
        print('task cancelled:', t.cancelled())

asyncio.run(main2())
