# A coroutine object: type, repr prefix, names, cr_running, cr_await, cr_frame.
async def compute(x):
    return x * 2

class Box:
    async def method(self):
        return "m"

c = compute(21)
print(type(c).__name__)
print(repr(c).startswith("<coroutine object compute at 0x"))
print(c.__name__, c.__qualname__)
print(c.cr_running, c.cr_await, c.cr_frame is not None)
m = Box().method()
print(m.__qualname__, repr(m).startswith("<coroutine object Box.method at "))
try:
    c.send(None)
except StopIteration as e:
    print("returned", e.value)
print(c.cr_frame is None, c.cr_running)
try:
    m.send(None)
except StopIteration as e:
    print("returned", e.value)
