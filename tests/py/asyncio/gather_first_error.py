# Without return_exceptions the first error propagates; the other children keep running.
import asyncio

async def worker(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise RuntimeError(name)
    print("worker", name, "finished")
    return name

async def main():
    g = asyncio.gather(worker("a", 0.01, fail=True), worker("b", 0.06))
    try:
        await g
    except RuntimeError as e:
        print("gather raised", e)
    print("gather done:", g.done())
    await asyncio.sleep(0.1)
    print("b kept running")

asyncio.run(main())
