# Async generators: async def with yield, consumed by async for.
import asyncio

async def countdown(n):
    while n > 0:
        await asyncio.sleep(0)
        yield n
        n -= 1

async def squares(agen):
    async for v in agen:
        yield v * v

async def main():
    async for v in countdown(3):
        print("countdown", v)
    async for s in squares(countdown(4)):
        print("square", s)
    agen = countdown(2)
    print(type(agen).__name__)
    print(await agen.__anext__())
    print(await anext(agen))
    print(await anext(agen, "default"))
    try:
        await agen.__anext__()
    except StopAsyncIteration:
        print("StopAsyncIteration")

asyncio.run(main())
