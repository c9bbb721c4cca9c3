# Barrier: parties wait until all have arrived.
import asyncio

async def party(name, barrier):
    print(name, "arrives")
    index = await barrier.wait()
    print(name, "passes with index", index)

async def main():
    barrier = asyncio.Barrier(3)
    print(barrier.parties, barrier.n_waiting, barrier.broken)
    await asyncio.gather(*(party(n, barrier) for n in "xyz"))
    print(barrier.n_waiting)

asyncio.run(main())
