# async with and asynchronous context managers.
import asyncio

class Resource:
    def __init__(self, name):
        self.name = name
    async def __aenter__(self):
        await asyncio.sleep(0)
        print("acquire", self.name)
        return self.name.upper()
    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0)
        print("release", self.name, exc_type.__name__ if exc_type else None)
        return exc_type is KeyError

async def main():
    async with Resource("db") as r:
        print("using", r)
    async with Resource("a") as a, Resource("b") as b:
        print("using", a, b)
    async with Resource("s"):
        raise KeyError("suppressed")
    print("after suppressed")
    try:
        async with Resource("p"):
            raise ValueError("propagates")
    except ValueError as e:
        print("caught", e)

asyncio.run(main())
