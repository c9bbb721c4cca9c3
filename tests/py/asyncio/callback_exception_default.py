# A failing callback with the default handler: message and traceback on stderr.
import asyncio

async def main():
    asyncio.get_running_loop().call_soon(int, "not a number")
    await asyncio.sleep(0)
    print("loop keeps running")

asyncio.run(main())
