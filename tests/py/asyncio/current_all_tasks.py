# current_task and all_tasks.
import asyncio

async def sleeper():
    await asyncio.sleep(0.01)

async def main():
    me = asyncio.current_task()
    print(me.get_name(), me in asyncio.all_tasks())
    ts = [asyncio.create_task(sleeper(), name=f"s{i}") for i in range(3)]
    print(sorted(t.get_name() for t in asyncio.all_tasks()))
    await asyncio.gather(*ts)
    print(sorted(t.get_name() for t in asyncio.all_tasks()))
    print(asyncio.current_task(asyncio.get_running_loop()) is me)

print(asyncio.run(main()))
try:
    asyncio.current_task()
except RuntimeError as e:
    print("RuntimeError:", e)
