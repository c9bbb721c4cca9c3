# An exception escaping asyncio.run prints CPython's traceback, asyncio's frames included.
import asyncio

async def inner():
    await asyncio.sleep(0)
    raise ValueError("deep failure")

async def main():
    await inner()

asyncio.run(main())
