# Starting a second step of an async generator while one is in progress.
import asyncio

async def slow():
    while True:
        await asyncio.sleep(0.01)
        yield "item"

async def main():
    g = slow()
    first = asyncio.ensure_future(g.__anext__())
    await asyncio.sleep(0)
    print("running:", g.ag_running)
    for name, op in (("anext", lambda: g.__anext__()), ("asend", lambda: g.asend(None)),
                     ("athrow", lambda: g.athrow(ValueError)), ("aclose", lambda: g.aclose())):
        try:
            await op()
        except RuntimeError as e:
            print(name, "->", e)
    print(await first)
    print("running:", g.ag_running)
    await g.aclose()

asyncio.run(main())
