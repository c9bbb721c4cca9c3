# A task still pending when the script ends: "Task was destroyed but it is
# pending!" on stderr, then its coroutine is closed (its finally runs).
import asyncio

async def background():
    try:
        await asyncio.sleep(10)
    finally:
        print("background finally")

async def main():
    asyncio.create_task(background())
    await asyncio.sleep(0)
    print("main done")

loop = asyncio.new_event_loop()
loop.run_until_complete(main())
print("end of script")
