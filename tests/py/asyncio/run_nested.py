# asyncio.run() inside a running loop fails (and the inner coroutine is never awaited).
import asyncio

async def inner():
    return 1

async def main():
    c = inner()
    try:
        asyncio.run(c)
    except RuntimeError as e:
        print("RuntimeError:", e)
    loop = asyncio.get_running_loop()
    try:
        loop.run_until_complete(c)
    except RuntimeError as e:
        print("RuntimeError:", e)
    c.close()
    try:
        loop.run_forever()
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())
