# aiter() and anext(), with and without a default, and their errors.
import asyncio

async def agen():
    yield "first"
    yield "second"

class Manual:
    def __init__(self):
        self.n = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        self.n += 1
        if self.n > 1:
            raise StopAsyncIteration
        return "manual"

class NotAsyncIter:
    def __aiter__(self):
        return 5

async def main():
    g = agen()
    print(aiter(g) is g)
    print(await anext(g))
    print(await anext(g, "default"))
    print(await anext(g, "default"))
    try:
        await anext(g)
    except StopAsyncIteration:
        print("StopAsyncIteration")
    m = Manual()
    print(await anext(aiter(m)), await anext(m, None))
    for bad in (lambda: aiter(1), lambda: anext(1), lambda: aiter(NotAsyncIter())):
        try:
            bad()
        except TypeError as e:
            print("TypeError:", e)

asyncio.run(main())
