# async def, await, asyncio.run.
import asyncio

async def add(a, b):
    return a + b

async def chain():
    x = await add(1, 2)
    y = await add(x, 10)
    print("x =", x, "y =", y)
    return y * 2

coro = chain()
print(type(coro).__name__)
result = asyncio.run(coro)
print("result", result)

async def no_await():
    return "plain"
print(asyncio.run(no_await()))

async def raises():
    await asyncio.sleep(0)
    raise ValueError("inside coroutine")

async def main():
    try:
        await raises()
    except ValueError as e:
        print("caught:", e)
    return "main done"
print(asyncio.run(main()))
