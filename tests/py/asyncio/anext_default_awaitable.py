# anext(it, default) returns an awaitable that asyncio treats as a
# coroutine (collections.abc.Coroutine): a Task can run it, gather and
# wait_for take it; closing it closes the __anext__ coroutine inside.
import asyncio
import collections.abc


class Empty:
    def __aiter__(self):
        return self

    async def __anext__(self):
        raise StopAsyncIteration


class Counter:
    def __init__(self):
        self.n = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        self.n += 1
        await asyncio.sleep(0)
        return self.n


async def agen():
    yield "first"


class HandMade:
    # collections.abc.Coroutine by its methods alone
    def __init__(self):
        self.steps = 0

    def send(self, value):
        self.steps += 1
        if self.steps > 2:
            raise StopIteration("handmade result")
        return None

    def throw(self, *args):
        raise args[0]

    def close(self):
        pass

    def __await__(self):
        return self


async def main():
    aw = anext(Empty(), "dflt")
    print(type(aw).__name__, asyncio.iscoroutine(aw),
          isinstance(aw, collections.abc.Coroutine))
    print(await asyncio.create_task(aw))
    g = agen()
    print(await asyncio.ensure_future(anext(g, "end")))
    print(await asyncio.ensure_future(anext(g, "end")))
    print(await asyncio.gather(anext(Counter(), 0), anext(Empty(), 9)))
    print(await asyncio.wait_for(anext(Empty(), 8), 1))
    unused = anext(Empty(), 0)
    unused.close()
    print("closed unused")
    h = HandMade()
    print(asyncio.iscoroutine(h))
    print(await asyncio.create_task(h), h.steps)
    print(asyncio.iscoroutine(Counter()), asyncio.iscoroutine(42))


asyncio.run(main())
