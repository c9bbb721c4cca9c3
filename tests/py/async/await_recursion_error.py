# Unbounded await recursion ends in RecursionError, catchable in the coroutine.
import asyncio

async def down(n):
    return await down(n + 1)

async def main():
    try:
        await down(0)
    except RecursionError as e:
        print("RecursionError:", e)
    print("still running")

asyncio.run(main())
