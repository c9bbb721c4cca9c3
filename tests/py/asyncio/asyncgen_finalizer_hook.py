# An async generator abandoned after `break` (no other reference) gets its
# finally block run by the loop's finalizer hook (aclose() as a task) while
# the program keeps running, not only at asyncio.run's shutdown.  The
# output does not depend on when the collector notices: the main task
# allocates and yields to the loop many times before it prints again.
import asyncio

try:
    from _asyncio import _gc_stress
except ImportError:
    _gc_stress = False
# (every allocation collects there, so a few short rounds are enough)
ROUNDS, SIZE = (4, 5) if _gc_stress else (100, 2000)

log = []

async def agen(name):
    try:
        for i in range(10):
            yield i
    finally:
        log.append(name + ' finally')

async def churn():
    for k in range(ROUNDS):
        junk = [[j] * 50 for j in range(SIZE)]
        await asyncio.sleep(0)

async def main():
    async for x in agen('broken'):
        if x == 2:
            break
    g = agen('dropped')
    print(await g.__anext__())
    del g
    kept = agen('kept')
    print(await kept.__anext__())
    done = agen('exhausted')
    async for x in done:
        pass
    await churn()
    print('after churn:', log)
    await kept.aclose()
    print('after aclose:', log)
    h = agen('at shutdown')
    print(await h.__anext__())

asyncio.run(main())
print('end:', log)
