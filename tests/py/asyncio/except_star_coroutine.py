# except* in coroutines and generators: awaits and yields inside clauses.
import asyncio

async def boom(x):
    await asyncio.sleep(0)
    raise ExceptionGroup("g", [ValueError(x), TypeError(x)])

async def worker(x):
    try:
        await boom(x)
    except* ValueError as e:
        await asyncio.sleep(0)
        print("worker", x, "V", repr(e))
    except* TypeError as e:
        await asyncio.sleep(0)
        print("worker", x, "T", repr(e))
    return x

async def main():
    print(await asyncio.gather(worker(1), worker(2)))

asyncio.run(main())

def gen():
    try:
        yield 1
        raise ExceptionGroup("g", [KeyError("k"), ValueError(2)])
    except* KeyError as e:
        yield "in clause " + repr(e)
    except* ValueError:
        yield "second clause"
    yield "end"

print(list(gen()))
