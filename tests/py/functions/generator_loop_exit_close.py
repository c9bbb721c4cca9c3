# A generator that only a for loop holds is closed when the loop is left
# early (break, return, an exception), as CPython's reference counting does;
# one held elsewhere too is left alone.
import asyncio


def gen(name, n=5):
    try:
        for i in range(n):
            yield i
    finally:
        print("  finally", name)


print("break:")
for x in gen("a"):
    if x == 1:
        break
print("after break")


def first():
    for x in gen("b"):
        return x


print("return:", first())

print("exception:")
try:
    for x in gen("c"):
        if x == 2:
            raise ValueError("stop")
except ValueError as e:
    print("caught", e)

print("held elsewhere:")
g = gen("kept")
for x in g:
    break
print("still open:", next(g))
registry = []


def make():
    h = gen("registered")
    registry.append(h)
    return h


for x in make():
    break
print("registered still open:", next(registry[0]))
d = {}
for x in d.setdefault("k", gen("dict")):
    break
print("dict one still open:", next(d["k"]))

print("exhausted:")
for x in gen("done", 2):
    pass
print("after exhausted")

print("continue and else:")
for x in gen("e", 3):
    if x == 0:
        continue
else:
    print("else ran")


class Source:
    def items(self):
        try:
            yield "item"
        finally:
            print("  finally method")


for it in Source().items():
    break
print("after method")


async def agen(name):
    try:
        for i in range(5):
            yield i
    finally:
        print("  async finally", name)


async def main():
    async for x in agen("A"):
        if x == 1:
            break
    print("after async break")
    await asyncio.sleep(0)
    print("after sleep")
    await asyncio.sleep(0)
    print("end")

asyncio.run(main())
g.close()
registry[0].close()
d["k"].close()
print("done")
