# contextlib: AsyncExitStack (async and sync managers, callbacks, exceptions
# and suppression in LIFO order), aclosing, AbstractAsyncContextManager, chdir.
import asyncio
import contextlib
import os


class ACM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    async def __aenter__(self):
        print("enter", self.name)
        await asyncio.sleep(0)
        return self.name

    async def __aexit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None)
        return self.suppress


class CM:
    def __enter__(self):
        print("sync enter")
        return "sync"

    def __exit__(self, *a):
        print("sync exit", a[0].__name__ if a[0] else None)


async def agen():
    try:
        for i in range(5):
            yield i
    finally:
        print("agen closed")


async def main():
    async with contextlib.AsyncExitStack() as stack:
        a = await stack.enter_async_context(ACM("a"))
        s = stack.enter_context(CM())
        stack.callback(print, "sync callback")

        async def later(x):
            print("async callback", x)
        stack.push_async_callback(later, 42)
        b = await stack.enter_async_context(ACM("b"))
        print("body", a, s, b)

    try:
        async with contextlib.AsyncExitStack() as stack:
            await stack.enter_async_context(ACM("outer", suppress=True))
            await stack.enter_async_context(ACM("inner"))
            raise KeyError("boom")
    except KeyError:
        print("not reached")
    print("suppressed by outer")

    try:
        async with contextlib.AsyncExitStack() as stack:
            await stack.enter_async_context(3)
    except TypeError as e:
        print("TypeError", e)

    stack = contextlib.AsyncExitStack()
    await stack.enter_async_context(ACM("manual"))
    moved = stack.pop_all()
    await stack.aclose()
    print("after empty aclose")
    await moved.aclose()

    async with contextlib.aclosing(agen()) as g:
        async for x in g:
            if x == 1:
                break
    print("after aclosing")

    class Mine(contextlib.AbstractAsyncContextManager):
        pass
    try:
        Mine()
    except TypeError as e:
        print("TypeError", e)

    class Done(contextlib.AbstractAsyncContextManager):
        async def __aexit__(self, *a):
            print("Done exit")
    async with Done() as m:
        print(type(m).__name__)
    print(issubclass(contextlib.aclosing, contextlib.AbstractAsyncContextManager),
          issubclass(ACM, contextlib.AbstractAsyncContextManager),
          issubclass(CM, contextlib.AbstractContextManager),
          issubclass(ACM, contextlib.AbstractContextManager),
          contextlib.AbstractContextManager[int])


asyncio.run(main())

here = os.getcwd()
with contextlib.chdir("/"):
    print(os.getcwd())
print(os.getcwd() == here)

with contextlib.ExitStack() as st:
    st.callback(print, "exit stack callback")
    st.enter_context(CM())
