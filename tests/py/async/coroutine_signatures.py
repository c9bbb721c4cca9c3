# Awaited calls of async defs with defaults, keywords, *args, **kwargs,
# methods, class/static methods and closures.
import asyncio

async def f(a, b=2, *rest, c=3, **kw):
    await asyncio.sleep(0)
    return (a, b, rest, c, sorted(kw.items()))

class K:
    def __init__(self, base):
        self.base = base
    async def method(self, x):
        return self.base + x
    @classmethod
    async def cm(cls, x):
        return cls.__name__ + str(x)
    @staticmethod
    async def sm(x):
        return x * 2

def make_adder(n):
    async def add(x):
        return x + n
    return add

async def main():
    print(await f(1))
    print(await f(1, 5, 6, 7, c=8, d=9))
    print(await f(*[1, 2, 3], **{"c": 4, "z": 5}))
    k = K(10)
    print(await k.method(5), await K.cm(1), await K.sm(4), await k.sm(5))
    print(await make_adder(3)(4))
    try:
        await f()
    except TypeError as e:
        print("TypeError:", e)
    try:
        await f(1, c=1, c2=2, b=3, **{"b": 4})
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
