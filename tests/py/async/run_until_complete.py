# Explicit event loop management with new_event_loop/run_until_complete.
import asyncio

async def compute(x):
    await asyncio.sleep(0)
    return x ** 2

async def many():
    return await asyncio.gather(compute(1), compute(2), compute(3))

loop = asyncio.new_event_loop()
try:
    print(loop.run_until_complete(compute(7)))
    print(loop.run_until_complete(many()))
    task = loop.create_task(compute(5))
    print(loop.run_until_complete(task), task.done())
    print(loop.is_running(), loop.is_closed())
finally:
    loop.close()
print(loop.is_closed())
