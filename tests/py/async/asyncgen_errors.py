# Async generator error texts: StopAsyncIteration/StopIteration inside,
# ignored GeneratorExit, reused awaitables, non-None first send.
import asyncio

async def raises_stop_async():
    yield 1
    raise StopAsyncIteration

async def raises_stop():
    yield 1
    raise StopIteration

async def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2

async def simple():
    yield 1
    yield 2

async def main():
    for agen in (raises_stop_async, raises_stop):
        try:
            async for x in agen():
                print("got", x)
        except RuntimeError as e:
            print("RuntimeError:", e, "| cause:", repr(e.__cause__))
    g = stubborn()
    await g.asend(None)
    try:
        await g.aclose()
    except RuntimeError as e:
        print("RuntimeError:", e)
    g = simple()
    a = g.asend(None)
    print(await a)
    try:
        await a
    except RuntimeError as e:
        print("RuntimeError:", e)
    c = g.aclose()
    await c
    try:
        await c
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        await simple().asend("x")
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
