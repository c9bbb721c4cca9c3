# coroutine.__await__() returns an iterator that drives the coroutine (yield from).
class Step:
    def __await__(self):
        got = yield "step"
        return got

async def inner():
    a = await Step()
    b = await Step()
    return a + b

def driver():
    return (yield from inner().__await__())

d = driver()
print(next(d))
print(d.send(1))
try:
    d.send(2)
except StopIteration as e:
    print("result", e.value)

w = inner().__await__()
print(type(w).__name__)
print(w.send(None))
try:
    w.throw(ValueError("into inner"))
except ValueError as e:
    print("ValueError:", e)
