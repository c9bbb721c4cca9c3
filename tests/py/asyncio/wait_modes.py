# asyncio.wait with ALL_COMPLETED, FIRST_COMPLETED, FIRST_EXCEPTION and timeouts.
import asyncio

async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(name)
    return name

def names(tasks):
    return sorted(t.get_name() for t in tasks)

async def main():
    def make():
        return [asyncio.create_task(job("a", 0.01), name="a"),
                asyncio.create_task(job("b", 0.05, fail=True), name="b"),
                asyncio.create_task(job("c", 0.1), name="c")]
    done, pending = await asyncio.wait(make())
    print("all:", names(done), names(pending))
    ts = make()
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_COMPLETED)
    print("first completed:", names(done), names(pending))
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_EXCEPTION)
    print("first exception:", names(done), names(pending))
    done, pending = await asyncio.wait(ts, timeout=0.001)
    print("timeout:", names(done), names(pending))
    await asyncio.wait(ts)
    c = job("x", 0)
    for bad in ([], [c]):
        try:
            await asyncio.wait(bad)
        except (ValueError, TypeError) as e:
            print(type(e).__name__ + ":", e)
    c.close()
    try:
        await asyncio.wait(ts, return_when="SOMETIMES")
    except ValueError as e:
        print("ValueError:", e)
    print(asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION, asyncio.ALL_COMPLETED)

asyncio.run(main())
