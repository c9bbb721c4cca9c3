# Driving coroutines by hand: send values through a custom awaitable, throw, StopIteration.
class Ask:
    def __init__(self, what):
        self.what = what
    def __await__(self):
        answer = yield self.what
        return answer

async def dialog():
    name = await Ask("name?")
    age = await Ask("age?")
    try:
        await Ask("more?")
    except KeyError as e:
        print("caught thrown", repr(e))
    return f"{name} is {age}"

c = dialog()
print(c.send(None))
print(c.send("Ada"))
print(c.send(36))
try:
    c.throw(KeyError("stop"))
except StopIteration as e:
    print("result:", e.value)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

c2 = dialog()
print(c2.send(None))
try:
    c2.send("x") and c2.throw(ValueError, ValueError("boom"))
except ValueError as e:
    print("propagated:", e)
try:
    dialog().send("early")
except TypeError as e:
    print("TypeError:", e)
