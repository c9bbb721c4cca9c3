# raise ... from ..., implicit context and tracebacks across awaits.
import asyncio

async def fetch():
    await asyncio.sleep(0)
    raise KeyError("missing")

async def load():
    try:
        await fetch()
    except KeyError as e:
        raise RuntimeError("load failed") from e

async def handler():
    try:
        await load()
    except RuntimeError as e:
        await asyncio.sleep(0)
        raise ValueError("handler failed")

async def main():
    try:
        await handler()
    except ValueError as e:
        print(repr(e), repr(e.__context__), repr(e.__context__.__cause__))
        print(e.__context__.__suppress_context__)
    await handler()

asyncio.run(main())
