# run_until_complete with a coroutine, a Future, a Task, an awaitable object.
import asyncio

loop = asyncio.new_event_loop()

async def value(v):
    await asyncio.sleep(0)
    return v

print(loop.run_until_complete(value("coroutine")))
fut = loop.create_future()
loop.call_soon(fut.set_result, "future")
print(loop.run_until_complete(fut))
task = loop.create_task(value("task"))
print(loop.run_until_complete(task))

class Aw:
    def __await__(self):
        yield
        return "awaitable"

print(loop.run_until_complete(Aw()))
try:
    loop.run_until_complete(5)
except TypeError as e:
    print("TypeError:", e)
other = asyncio.new_event_loop()
try:
    loop.run_until_complete(other.create_future())
except ValueError as e:
    print("ValueError:", e)
other.close()
loop.close()
