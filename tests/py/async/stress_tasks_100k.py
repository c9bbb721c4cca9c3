# 100,000 concurrent tasks, each sleeping once and returning a value.
# (Scaled down only under Coil's GC-stress build, where every allocation
# runs a full collection; the printed lines do not depend on the count.)
import asyncio

try:
    from _asyncio import _gc_stress
except ImportError:
    _gc_stress = False
N = 300 if _gc_stress else 100000

async def job(i):
    await asyncio.sleep(0)
    return i % 7

async def main():
    tasks = [asyncio.create_task(job(i)) for i in range(N)]
    print(len(asyncio.all_tasks()) == N + 1)
    results = await asyncio.gather(*tasks)
    print(len(results) == N, sum(results) == sum(i % 7 for i in range(N)))
    print(sorted(set(results)))

asyncio.run(main())
