# Nested timeouts: the inner one fires first, the outer one later.
import asyncio

async def main():
    try:
        async with asyncio.timeout(0.05):
            try:
                async with asyncio.timeout(0.01):
                    await asyncio.sleep(1)
            except TimeoutError:
                print("inner timeout")
            await asyncio.sleep(1)
    except TimeoutError:
        print("outer timeout")
    print("task cancelling:", asyncio.current_task().cancelling())

asyncio.run(main())
