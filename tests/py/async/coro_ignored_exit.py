# A coroutine that keeps awaiting after GeneratorExit: close() reports it.
class Pause:
    def __await__(self):
        yield "tick"

async def stubborn():
    try:
        await Pause()
    except GeneratorExit:
        print("ignoring GeneratorExit")
    await Pause()
    print("finishing")

c = stubborn()
c.send(None)
try:
    c.close()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    c.send(None)
except StopIteration:
    print("finished")
