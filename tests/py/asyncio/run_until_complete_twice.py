# Tasks left pending by one run_until_complete continue in the next one.
import asyncio

loop = asyncio.new_event_loop()

async def background(log):
    for i in range(4):
        log.append(f"bg {i}")
        await asyncio.sleep(0)

async def quick(log):
    log.append("quick")

log = []
t = loop.create_task(background(log))
loop.run_until_complete(quick(log))
print(log, t.done())
loop.run_until_complete(t)
print(log, t.done())
loop.close()
