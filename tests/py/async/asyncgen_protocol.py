# Async generator objects: type, repr, asend/athrow/aclose, ag_* attributes.
import asyncio

async def echo():
    value = None
    try:
        while True:
            try:
                value = yield value
            except ValueError as e:
                value = f"handled {e}"
    finally:
        print("echo cleanup")

async def main():
    g = echo()
    print(type(g).__name__, repr(g).startswith("<async_generator object echo at 0x"))
    print(g.__name__, g.__qualname__, g.ag_running, g.ag_await)
    print(await g.asend(None))
    print(await g.asend(1))
    print(await g.asend("two"))
    print(await g.athrow(ValueError("bad")))
    print(await g.athrow(ValueError, ValueError("worse")))
    print(type(g.asend(None)).__name__, type(g.aclose()).__name__)
    await g.aclose()
    print("frame gone:", g.ag_frame is None)
    try:
        await g.asend(None)
    except StopAsyncIteration:
        print("StopAsyncIteration after close")
    print(await g.aclose())

asyncio.run(main())
