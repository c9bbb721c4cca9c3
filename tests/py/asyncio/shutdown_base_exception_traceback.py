# A leftover task whose cleanup raises KeyboardInterrupt when asyncio.run()
# cancels it at shutdown: the traceback runs through Runner.__exit__,
# close() and _cancel_all_tasks() at CPython's lines.
import asyncio


async def background():
    try:
        await asyncio.sleep(10)
    finally:
        raise KeyboardInterrupt


async def main():
    asyncio.create_task(background())
    await asyncio.sleep(0)
    print("main done")


asyncio.run(main())
print("not reached")
