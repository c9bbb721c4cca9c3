# types.coroutine() on a generator function marks its code
# CO_ITERABLE_COROUTINE and returns the function itself: its generators
# are awaitable and asyncio takes them as coroutines (create_task, gather,
# wait_for).  Coroutine and async generator introspection attributes.
import asyncio
import inspect
import types


@types.coroutine
def legacy(n):
    for _ in range(n):
        yield
    return n * 10


def gen_factory():
    def g():
        yield
        return "from factory"
    return g()


async def main():
    print(legacy.__name__, types.coroutine(legacy) is legacy)
    print(legacy.__code__.co_flags & 0x1a0, inspect.isawaitable(legacy(1)),
          inspect.iscoroutinefunction(legacy), inspect.isgeneratorfunction(legacy),
          asyncio.iscoroutinefunction(legacy))
    print(await legacy(2))
    t = asyncio.create_task(legacy(3), name="legacy-task")
    print(repr(t).split(" coro=")[0])
    print(await t)
    print(await asyncio.gather(legacy(1), legacy(0)))
    print(await asyncio.wait_for(legacy(2), 1))

    w = types.coroutine(gen_factory)
    x = w()
    print(type(x).__name__, inspect.isawaitable(x), x.gi_code.co_name)
    print(await x)

    def plain():
        yield
    try:
        await plain()
    except TypeError as e:
        print("TypeError:", e)

    async def native():
        await asyncio.sleep(0)
        return 1
    print(types.coroutine(native) is native)
    try:
        types.coroutine(5)
    except TypeError as e:
        print("TypeError:", e)

    c = native()
    print(c.cr_code.co_name, c.cr_suspended, c.cr_origin, c.cr_running)
    c.send(None)
    print(c.cr_suspended, type(c.cr_await).__name__)
    c.close()
    print(c.cr_suspended, c.cr_frame)

    async def agen():
        yield 1
    g = agen()
    print(g.ag_code.co_name, g.ag_running, g.ag_await)


asyncio.run(main())
