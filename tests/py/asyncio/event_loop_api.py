# get_event_loop / new_event_loop / set_event_loop / get_running_loop.
import asyncio

try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
loop = asyncio.get_event_loop()
print(type(loop).__name__, loop is asyncio.get_event_loop())
print(repr(loop))

async def inside():
    return asyncio.get_running_loop() is loop, asyncio.get_event_loop() is loop

print(loop.run_until_complete(inside()))
other = asyncio.new_event_loop()
print(other is loop, other.is_running(), other.is_closed())
asyncio.set_event_loop(other)
print(asyncio.get_event_loop() is other)
asyncio.set_event_loop(None)
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
other.close()
loop.close()
print(repr(loop))
try:
    asyncio.set_event_loop(42)
except TypeError as e:
    print("TypeError:", e)
