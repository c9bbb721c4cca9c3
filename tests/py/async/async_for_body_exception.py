# An exception raised in the body of an async for leaves the loop; finally runs.
import asyncio

class Numbers:
    def __init__(self):
        self.i = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        self.i += 1
        if self.i > 10:
            raise StopAsyncIteration
        return self.i

async def main():
    try:
        async for n in Numbers():
            print("got", n)
            if n == 3:
                raise ValueError("three")
    except ValueError as e:
        print("caught", e)
    it = Numbers()
    try:
        async for n in it:
            try:
                if n == 2:
                    raise KeyError(n)
            finally:
                print("finally", n)
    except KeyError as e:
        print("KeyError", e, "iterator at", it.i)

asyncio.run(main())
