# run_forever until stop(); stop() lets the current iteration finish.
import asyncio

loop = asyncio.new_event_loop()
events = []

def first():
    events.append("first")
    loop.stop()
    loop.call_soon(events.append, "scheduled after stop")

loop.call_soon(first)
loop.call_soon(events.append, "same iteration")
loop.run_forever()
print(events, loop.is_running())
loop.stop()
loop.run_forever()
print(events)

async def worker():
    await asyncio.sleep(0)
    events.append("worker")
    loop.stop()

loop.create_task(worker())
loop.run_forever()
print(events)
loop.close()
