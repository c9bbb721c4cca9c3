# Assigning __aiter__/__anext__/__await__/__aenter__/__aexit__ on a class after
# creation takes effect (the type slots follow the class dict).
import asyncio

class Thing:
    pass

async def anext_impl(self):
    self.n += 1
    if self.n > 2:
        raise StopAsyncIteration
    return self.n

class Waiter:
    def __await__(self):
        return iter([])

async def main():
    t = Thing()
    t.n = 0
    try:
        async for x in t:
            pass
    except TypeError as e:
        print("before:", e)
    Thing.__aiter__ = lambda self: self
    Thing.__anext__ = anext_impl
    print([x async for x in t])
    try:
        await Thing()
    except TypeError as e:
        print("before:", e)
    Thing.__await__ = lambda self: iter([])
    print(await Thing())
    async def aenter(self):
        return "entered"
    async def aexit(self, *a):
        print("exited")
    Thing.__aenter__ = aenter
    Thing.__aexit__ = aexit
    async with Thing() as v:
        print(v)
    del Thing.__anext__
    try:
        async for x in Thing():
            pass
    except TypeError as e:
        print("after del:", e)

asyncio.run(main())
