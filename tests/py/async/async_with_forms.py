# async with: enter/exit order, the value bound by as, suppression, and
# exceptions raised by __aexit__ itself.
import asyncio

class CM:
    def __init__(self, name, suppress=False, fail_exit=False):
        self.name = name
        self.suppress = suppress
        self.fail_exit = fail_exit
    async def __aenter__(self):
        print("enter", self.name)
        await asyncio.sleep(0)
        return self.name * 2
    async def __aexit__(self, typ, val, tb):
        print("exit", self.name, typ.__name__ if typ else None, val)
        await asyncio.sleep(0)
        if self.fail_exit:
            raise RuntimeError("exit failed")
        return self.suppress

async def main():
    async with CM("a") as v:
        print("body", v)
    async with CM("s", suppress=True):
        raise ValueError("hidden")
    print("after suppressed")
    try:
        async with CM("p"):
            raise ValueError("visible")
    except ValueError as e:
        print("caught", e)
    try:
        async with CM("f", fail_exit=True):
            raise KeyError("original")
    except RuntimeError as e:
        print("caught", e, "context:", repr(e.__context__))
    async with CM("x") as x, CM("y") as y:
        print("both", x, y)
    for i in range(3):
        async with CM(str(i)):
            if i == 1:
                continue
            print("loop body", i)

asyncio.run(main())
