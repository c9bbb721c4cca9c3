# Loop method errors: closed loop, running loop, bad callbacks, None delays.
import asyncio

async def coro():
    return 1

loop = asyncio.new_event_loop()
for bad in (lambda: loop.call_soon(coro), lambda: loop.call_soon(42),
            lambda: loop.call_later(None, print), lambda: loop.call_at(None, print)):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
c = coro()
try:
    loop.call_soon(c)
except TypeError as e:
    print("TypeError:", e)
c.close()
loop.close()
loop.close()
c = coro()
for name, fn in (("call_soon", lambda: loop.call_soon(print)),
                 ("run_forever", loop.run_forever),
                 ("create_task", lambda: loop.create_task(c))):
    try:
        fn()
    except RuntimeError as e:
        print(name, "RuntimeError:", e)
c.close()

async def closer():
    try:
        asyncio.get_running_loop().close()
    except RuntimeError as e:
        print("RuntimeError:", e)
asyncio.run(closer())
