# PEP 479 for coroutines: StopIteration escaping a coroutine becomes RuntimeError.
import asyncio

async def leaky():
    raise StopIteration("inner")

async def leaky_async():
    raise StopAsyncIteration("not converted for coroutines")

async def main():
    try:
        await leaky()
    except RuntimeError as e:
        print("RuntimeError:", e)
        print("cause:", repr(e.__cause__))
        print("suppressed:", e.__suppress_context__)
    try:
        await leaky_async()
    except StopAsyncIteration as e:
        print("StopAsyncIteration:", e)

asyncio.run(main())
