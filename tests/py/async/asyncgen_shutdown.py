# A partly consumed async generator is finalised by asyncio.run's
# shutdown_asyncgens after the main coroutine returns.
import asyncio

async def ticks():
    try:
        n = 0
        while True:
            yield n
            n += 1
    finally:
        print("ticks finalised")

gen = None

async def main():
    global gen
    gen = ticks()
    async for t in gen:
        print("tick", t)
        if t == 2:
            break
    print("main returns")

asyncio.run(main())
print("after run")
