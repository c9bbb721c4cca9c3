# shield protects the inner task from the outer cancellation.
import asyncio

async def important():
    await asyncio.sleep(0.05)
    print("important work finished")
    return "result"

async def main():
    inner = asyncio.create_task(important())
    async def guarded():
        return await asyncio.shield(inner)
    outer = asyncio.create_task(guarded())
    await asyncio.sleep(0.005)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled, inner cancelled?", inner.cancelled())
    print(await inner)
    done = asyncio.get_running_loop().create_future()
    done.set_result(5)
    print(asyncio.shield(done) is done)
    print(await asyncio.shield(asyncio.sleep(0, "coroutine shielded")))

asyncio.run(main())
