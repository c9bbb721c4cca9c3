# __anext__ raising StopAsyncIteration in different ways: instance, from a
# plain method returning an awaitable, inside try/finally, after awaits.
import asyncio

class InstanceStop:
    def __init__(self):
        self.i = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        self.i += 1
        if self.i > 2:
            raise StopAsyncIteration("done")
        return self.i

class Awaitable:
    def __init__(self, value):
        self.value = value
    def __await__(self):
        yield
        if self.value is None:
            raise StopAsyncIteration
        return self.value

class PlainAnext:
    def __init__(self):
        self.i = 0
    def __aiter__(self):
        return self
    def __anext__(self):
        self.i += 1
        return Awaitable(self.i if self.i <= 3 else None)

class WithFinally:
    def __init__(self):
        self.i = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        try:
            await asyncio.sleep(0)
            if self.i == 2:
                raise StopAsyncIteration
            self.i += 1
            return self.i
        finally:
            print("  anext finally", self.i)

async def main():
    print([x async for x in InstanceStop()])
    print([x async for x in PlainAnext()])
    async for x in WithFinally():
        print("body", x)

asyncio.run(main())
