# A Task driving an awaitable that is not a coroutine object (an async
# generator's asend()/athrow(), a collections.abc.Coroutine subclass) shows
# it as coroutines._format_coroutine does: its __qualname__ or __name__, or
# "<type without __name__>", then "()" and " running" while it runs.
import asyncio
import collections.abc


async def agen():
    try:
        yield 1
        yield 2
    finally:
        print("agen finally")


class Coro(collections.abc.Coroutine):
    def __init__(self, named):
        if named:
            self.__name__ = "custom_name"
        self.cr_running = False
        self._it = iter([None])

    def send(self, value):
        self.cr_running = True
        try:
            return next(self._it)
        except StopIteration:
            raise StopIteration("coro done")
        finally:
            self.cr_running = False

    def throw(self, *exc):
        raise exc[0]

    def close(self):
        pass

    def __await__(self):
        return self


async def main():
    g = agen()
    t = asyncio.create_task(g.asend(None))
    print(t)
    print(await t, t)
    t = asyncio.create_task(g.aclose())
    print(t)
    await t
    print(t)
    for named in (False, True):
        t = asyncio.create_task(Coro(named))
        print(t)
        await asyncio.sleep(0)
        print(t)
        print(await t)
        print(t)


asyncio.run(main())
