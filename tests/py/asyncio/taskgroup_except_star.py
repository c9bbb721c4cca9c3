# TaskGroup failures caught with except*.
import asyncio

# Steps of the loop rather than timers, so the interleaving never depends on
# the machine's speed.
async def fail(steps, exc):
    for _ in range(steps):
        await asyncio.sleep(0)
    raise exc

async def ok(steps, name):
    for _ in range(steps):
        await asyncio.sleep(0)
    print("done", name)
    return name

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(ok(0, "a"))
            tg.create_task(fail(1, ValueError("v1")))
            tg.create_task(fail(1, TypeError("t1")))
            tg.create_task(fail(5, ValueError("v2")))
    except* ValueError as eg:
        print("values:", sorted(str(e) for e in eg.exceptions))
    except* TypeError as eg:
        print("types:", [str(e) for e in eg.exceptions])
        await asyncio.sleep(0)
        print("awaited in a clause")

    # a failure no clause handles goes on
    try:
        try:
            async with asyncio.TaskGroup() as tg:
                tg.create_task(fail(0, KeyError("k")))
                tg.create_task(fail(0, ValueError("v")))
        except* ValueError as eg:
            print("handled", repr(eg.exceptions[0]))
    except ExceptionGroup as rest:
        print("rest:", repr(rest.exceptions))

    # raising from a clause inside a coroutine
    try:
        try:
            async with asyncio.TaskGroup() as tg:
                tg.create_task(fail(0, ValueError("v")))
        except* ValueError:
            raise RuntimeError("converted")
    except ExceptionGroup as g:
        print("converted:", repr(g), repr(g.exceptions[0].__context__))

    # the body of the async with itself failing
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(ok(5, "cancelled?"))
            raise ZeroDivisionError("body")
    except* ZeroDivisionError as eg:
        print("body failure:", repr(eg))

asyncio.run(main())
