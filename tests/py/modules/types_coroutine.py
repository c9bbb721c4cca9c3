# types.coroutine: generator functions made awaitable, driven by asyncio.
import asyncio, types
@types.coroutine
def g(n):
    yield
    return n * 2
@types.coroutine
def sleeper():
    yield from asyncio.sleep(0).__await__()
    return 'slept'
async def main():
    a = await g(5)
    b = await sleeper()
    return a, b, g.__name__
print(asyncio.run(main()))
