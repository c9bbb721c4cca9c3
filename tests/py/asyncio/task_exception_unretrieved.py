# A task that fails with nobody retrieving its exception is reported on stderr.
import asyncio

async def bad():
    raise ValueError("nobody looked")

async def main():
    asyncio.create_task(bad())
    await asyncio.sleep(0.01)
    print("main done")

asyncio.run(main())
