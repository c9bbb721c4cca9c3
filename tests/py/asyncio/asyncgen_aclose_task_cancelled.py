# An aclose() task cancelled before its first step (what asyncio.run() does
# to the aclose() of generators abandoned when main returns): the
# CancelledError runs the generator's cleanup up to its first await, then
# GeneratorExit ends it and the task finishes normally.
import asyncio


async def stream(name):
    try:
        for i in range(3):
            yield i
    finally:
        print(name, "cleanup")
        await asyncio.sleep(0)
        print(name, "cleanup done")


async def main():
    g = stream("explicit")
    await anext(g)
    t = asyncio.get_running_loop().create_task(g.aclose())
    t.cancel()
    try:
        print("await t ->", await t)
    except asyncio.CancelledError:
        print("cancelled")
    print(t.cancelled(), t.done())

    g = stream("wait_for")
    await anext(g)
    await asyncio.wait_for(g.aclose(), 1)
    print("wait_for aclose finished")

    async for x in stream("broken"):
        print("got", x)
        break
    print("after break")
    g = stream("local")
    print("local first", await anext(g))
    print("main returns")


asyncio.run(main())
print("end")
