# Cancelling a task raises CancelledError inside it.
import asyncio

async def forever(log):
    try:
        while True:
            log.append("spin")
            await asyncio.sleep(0)
    except asyncio.CancelledError:
        log.append("cancelled")
        raise
    finally:
        log.append("cleanup")

async def main():
    log = []
    t = asyncio.create_task(forever(log))
    for _ in range(3):
        await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("main saw CancelledError")
    print(log, t.cancelled())

asyncio.run(main())
