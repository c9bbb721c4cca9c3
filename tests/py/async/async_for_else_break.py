# async for with else, break and continue over a class iterator.
import asyncio

class Countdown:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n <= 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n

async def main():
    async for i in Countdown(3):
        print("a", i)
    else:
        print("a: else ran")
    async for i in Countdown(5):
        if i == 2:
            break
        print("b", i)
    else:
        print("b: not printed")
    async for i in Countdown(4):
        if i % 2:
            continue
        print("c", i)
    else:
        print("c: else ran")
    async for i in Countdown(0):
        print("never")
    else:
        print("d: empty loop else")

asyncio.run(main())
