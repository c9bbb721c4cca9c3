# A KeyboardInterrupt raised in a task stops the loop: the traceback shows
# the loop's frames, and the task's exception is reported at exit.
import asyncio
async def child():
    raise KeyboardInterrupt
async def main():
    t = asyncio.create_task(child())
    try:
        await asyncio.sleep(1)
    finally:
        print("main finally")
asyncio.run(main())
