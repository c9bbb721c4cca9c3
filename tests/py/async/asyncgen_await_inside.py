# Async generators that await between yields, interleaving with other tasks.
import asyncio

async def producer(name, n):
    for i in range(n):
        await asyncio.sleep(0)
        yield f"{name}{i}"

async def consume(name, n):
    async for item in producer(name, n):
        print("consumed", item)

async def main():
    await asyncio.gather(consume("a", 3), consume("b", 2))
    squares = [x async for x in producer("s", 3)]
    print(squares)

asyncio.run(main())
