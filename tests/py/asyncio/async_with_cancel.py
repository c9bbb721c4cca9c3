# __aexit__ sees the CancelledError when the body is cancelled, and may await.
import asyncio

class Guard:
    async def __aenter__(self):
        print("enter")
    async def __aexit__(self, typ, val, tb):
        print("exit with", typ.__name__ if typ else None)
        await asyncio.sleep(0)
        print("exit done")
        return False

async def body():
    async with Guard():
        await asyncio.sleep(1)

async def main():
    t = asyncio.create_task(body())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled as expected")

asyncio.run(main())
