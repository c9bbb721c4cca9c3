# sys.exit() inside the main coroutine: finally blocks run, the exit code is kept.
import asyncio
import sys

async def helper():
    try:
        await asyncio.sleep(1)
    finally:
        print("helper cancelled at shutdown")

async def main():
    asyncio.create_task(helper())
    await asyncio.sleep(0)
    try:
        sys.exit(3)
    finally:
        print("main finally")

asyncio.run(main())
