# An async generator abandoned mid-iteration whose finally awaits: closed at shutdown.
import asyncio

gens = []

async def resource():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup starts")
        await asyncio.sleep(0)
        print("cleanup ends")

async def main():
    g = resource()
    gens.append(g)
    print(await g.__anext__())
    print("main returns")

asyncio.run(main())
print("run returned")
