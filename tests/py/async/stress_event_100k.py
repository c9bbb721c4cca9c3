# 100,000 tasks waiting on one asyncio.Event, released by one set() and
# gathered; then 2,000 with every other one cancelled while waiting (each
# cancelled waiter leaves the Event's deque from the middle: quadratic, in
# CPython too, hence fewer).
# (Scaled down only under Coil's GC-stress build, where every allocation
# runs a full collection; the printed lines do not depend on the count.)
import asyncio

try:
    from _asyncio import _gc_stress
except ImportError:
    _gc_stress = False
N = 100 if _gc_stress else 100000
M = 100 if _gc_stress else 2000

async def waiter(ev, i):
    await ev.wait()
    return i

async def main():
    ev = asyncio.Event()
    tasks = [asyncio.create_task(waiter(ev, i)) for i in range(N)]
    await asyncio.sleep(0)
    print(len(ev._waiters) == N)
    ev.set()
    results = await asyncio.gather(*tasks)
    print(results == list(range(N)), len(ev._waiters))

    ev.clear()
    tasks = [asyncio.create_task(waiter(ev, i)) for i in range(M)]
    await asyncio.sleep(0)
    for t in tasks[::2]:
        t.cancel()
    await asyncio.sleep(0)
    print(len(ev._waiters) == M // 2)
    ev.set()
    results = await asyncio.gather(*tasks, return_exceptions=True)
    print(sum(isinstance(r, asyncio.CancelledError) for r in results) == M // 2,
          sum(r for r in results if isinstance(r, int)) == sum(range(1, M, 2)))

asyncio.run(main())
