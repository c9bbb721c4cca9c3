# Async generator asend / athrow / aclose.
import asyncio

async def echo():
    try:
        received = None
        while True:
            try:
                received = yield "echo:%s" % received
            except ValueError as e:
                received = "thrown(%s)" % e
    finally:
        print("async generator closed")

async def main():
    g = echo()
    print(await g.asend(None))
    print(await g.asend("a"))
    print(await g.asend("b"))
    print(await g.athrow(ValueError("boom")))
    await g.aclose()
    print("after aclose")

asyncio.run(main())
