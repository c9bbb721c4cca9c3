# Closing async generators early: finally blocks, awaits inside finally, athrow.
import asyncio

async def resource(name):
    print("open", name)
    try:
        for i in range(10):
            yield i
    finally:
        await asyncio.sleep(0)
        print("close", name)

async def main():
    g = resource("g")
    print(await anext(g), await anext(g))
    await g.aclose()
    print("after aclose")
    h = resource("h")
    await anext(h)
    try:
        await h.athrow(KeyError("k"))
    except KeyError as e:
        print("athrow propagated", e)
    r = resource("r")
    async for x in r:
        if x == 1:
            break
    await r.aclose()
    print("end")

asyncio.run(main())
