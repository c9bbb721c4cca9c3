# With no current event loop (set_event_loop(None)), everything that needs
# one fails in the policy's get_event_loop(): the tracebacks show CPython's
# frames (get_event_loop itself is native there).  A custom policy's
# get_event_loop() is what Future() and get_event_loop() ask.
import asyncio
import traceback


async def c():
    return 5


asyncio.set_event_loop(None)
coro = c()
attempts = [
    lambda: asyncio.Future(),
    lambda: asyncio.ensure_future(coro),
    lambda: asyncio.gather(coro),
    lambda: asyncio.get_event_loop(),
    lambda: asyncio.gather(),
]
for make in attempts:
    try:
        make()
    except RuntimeError:
        traceback.print_exc()
coro.close()


class Policy(asyncio.DefaultEventLoopPolicy):
    def get_event_loop(self):
        print("policy asked")
        return super().get_event_loop()


asyncio.set_event_loop_policy(Policy())
loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print(asyncio.get_event_loop() is loop)
print(asyncio.Future().get_loop() is loop)
print(loop.run_until_complete(c()))
loop.close()
asyncio.set_event_loop_policy(None)
