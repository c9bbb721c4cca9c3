# How the loop names a callback in "Exception in callback", a Handle's
# repr and a Future's cb=[...]: a functools.partial shows its function with
# the partial's arguments and then the call's, values go through reprlib
# (long ones shortened), and the source line is the innermost function's.
# A partial leaves no frame of its own in the traceback.
import asyncio
import functools
import os

HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep


def show(obj):
    # reprs name the script by its full path: keep the base name only
    print(repr(obj).replace(HERE, ''))


def cb(*args, **kwargs):
    raise ValueError("callback failed")


def target():
    pass


@functools.wraps(target)
def wrapper(*args):
    pass


class Obj:
    def meth(self, fut):
        raise KeyError("meth")


async def child():
    return 3


async def main():
    loop = asyncio.get_running_loop()
    handles = [
        loop.call_soon(cb, "x" * 50, 10 ** 45, [1, 2, 3, 4, 5, 6, 7, 8], (1,),
                       {"a": 1, "b": 2, "c": 3, "d": 4, "e": 5}),
        loop.call_soon(cb, {3, 1, 2}, [[[[[[[[1]]]]]]]], 1.5, None, b"ab" * 30),
        loop.call_soon(functools.partial(cb, 1, k="v" * 40), 2),
        loop.call_soon(functools.partial(functools.partial(cb, 1), 2), 3),
        loop.call_soon(wrapper, 1),
        loop.call_soon(print),
    ]
    for h in handles:
        show(h)
        h.cancel()

    f = loop.create_future()
    f.add_done_callback(functools.partial(cb, "p"))
    show(f)
    f.add_done_callback(Obj().meth)
    f.add_done_callback(functools.partial(cb))
    show(f)
    f.set_result("y" * 60)
    show(f)
    await asyncio.sleep(0)

    t = asyncio.create_task(child(), name="kid")
    t.add_done_callback(cb)
    await t
    await asyncio.sleep(0)
    loop.call_soon(functools.partial(cb, 1, key="value"))
    await asyncio.sleep(0)


asyncio.run(main())
