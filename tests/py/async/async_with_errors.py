# async with on objects without the asynchronous context manager protocol.
import asyncio

class OnlyEnter:
    async def __aenter__(self):
        return self

class Sync:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        pass

class NotCallable:
    __aenter__ = 1
    __aexit__ = 2

class EnterNotAwaitable:
    def __aenter__(self):
        return 5
    async def __aexit__(self, *a):
        pass

async def main():
    for obj in (1, OnlyEnter(), Sync(), NotCallable(), EnterNotAwaitable()):
        try:
            async with obj:
                print("inside")
        except TypeError as e:
            print("TypeError:", e)

asyncio.run(main())
