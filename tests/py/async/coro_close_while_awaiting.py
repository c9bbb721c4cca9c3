# Closing a coroutine suspended on a future runs its finally blocks.
import asyncio

async def worker(fut):
    try:
        await fut
    finally:
        print("worker finally")

async def main():
    fut = asyncio.get_running_loop().create_future()
    c = worker(fut)
    print(c.send(None) is fut)
    c.close()
    print("closed", c.cr_frame is None)
    fut.cancel()

asyncio.run(main())
