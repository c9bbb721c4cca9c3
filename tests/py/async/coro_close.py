# close() on created, suspended and finished coroutines; finally blocks run.
class Pause:
    def __await__(self):
        yield "paused"

async def worker():
    try:
        await Pause()
        print("not reached")
    finally:
        print("worker finally")

c = worker()
print(c.send(None))
c.close()
print("closed:", c.cr_frame is None)
c.close()

fresh = worker()
fresh.close()
print("fresh closed")

async def swallow():
    try:
        await Pause()
    except GeneratorExit:
        print("got GeneratorExit")
        raise

s = swallow()
s.send(None)
s.close()
print("done")
