# Objects whose __await__ returns an iterator: generators, iter(), classes.
import asyncio

class ViaGenerator:
    def __await__(self):
        yield
        yield
        return "generator result"

class ViaIter:
    def __await__(self):
        return iter([None, None, None])

class Counter:
    def __init__(self):
        self.n = 0
    def __await__(self):
        return self
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration(self.n * 10)
        return None

class DelegatesToFuture:
    def __init__(self, fut):
        self.fut = fut
    def __await__(self):
        return (yield from self.fut.__await__())

async def ticker():
    for i in range(4):
        print("tick", i)
        await asyncio.sleep(0)

async def main():
    t = asyncio.create_task(ticker())
    print(await ViaGenerator())
    print(await ViaIter())
    print(await Counter())
    fut = asyncio.get_running_loop().create_future()
    asyncio.get_running_loop().call_soon(fut.set_result, "from future")
    print(await DelegatesToFuture(fut))
    await t

asyncio.run(main())
