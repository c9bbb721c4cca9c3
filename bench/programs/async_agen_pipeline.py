# A three-stage async generator pipeline over 1,000,000 items.
import asyncio

async def numbers(n):
    for i in range(n):
        yield i

async def squares(source):
    async for x in source:
        yield x * x

async def evens(source):
    async for x in source:
        if x % 2 == 0:
            yield x

async def main():
    total = 0
    async for v in evens(squares(numbers(1000000))):
        total += v
    return total

print(asyncio.run(main()))
