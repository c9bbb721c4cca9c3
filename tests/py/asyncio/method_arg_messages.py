# Wrong calls of loop, handle, Future and Task methods and of _asyncio's
# functions: the TypeError words CPython uses, naming each method by its
# qualname (loop and handle methods are Python functions there).
import asyncio


async def c():
    pass


async def main():
    loop = asyncio.get_running_loop()
    tests = [
        lambda: loop.call_soon(print, x=1),
        lambda: loop.call_soon(),
        lambda: loop.call_later(1),
        lambda: loop.call_later(),
        lambda: loop.call_at(),
        lambda: loop.call_at(1, print, y=2),
        lambda: loop.create_task(),
        lambda: loop.create_task(c(), bogus=1),
        lambda: loop.create_future(1),
        lambda: loop.time(1),
        lambda: loop.stop(1),
        lambda: loop.is_running(1),
        lambda: loop.run_until_complete(),
        lambda: asyncio.create_task(),
        lambda: asyncio.create_task(c(), bogus=1),
        lambda: asyncio.sleep(),
        lambda: asyncio.Future(1),
        lambda: asyncio.Future(loop=loop).set_result(),
        lambda: asyncio.Future(loop=loop).add_done_callback(),
        lambda: asyncio.Future(loop=loop).cancel(1, 2),
        lambda: asyncio.Task(),
        lambda: asyncio.Event(1),
        lambda: asyncio.Queue(1, 2),
        lambda: asyncio.Lock(loop=loop),
        lambda: asyncio.Semaphore(value=1, x=2),
        lambda: asyncio.gather(x=1),
        lambda: asyncio.wait_for(),
        lambda: asyncio.timeout(),
        lambda: asyncio.shield(),
        lambda: asyncio.run(),
        lambda: asyncio.TaskGroup(1),
        lambda: asyncio.get_running_loop(1),
        lambda: asyncio.current_task(1, 2),
        lambda: loop.set_exception_handler(1),
        lambda: loop.call_exception_handler(),
    ]
    for t in tests:
        try:
            r = t()
            print("ok", type(r).__name__)
            if asyncio.iscoroutine(r): r.close()
        except Exception as e:
            print(type(e).__name__, e)


asyncio.run(main())


async def more():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    h = loop.call_later(10, print)
    t = asyncio.current_task()
    tests = [
        lambda: f.set_result(), lambda: f.set_exception(), lambda: f.result(1),
        lambda: f.done(1), lambda: f.cancelled(1), lambda: f.exception(1),
        lambda: f.remove_done_callback(), lambda: f.get_loop(1),
        lambda: f.cancel(1, 2), lambda: f.add_done_callback(print, 1),
        lambda: t.result(1), lambda: t.done(1), lambda: t.set_result(),
        lambda: t.get_name(1), lambda: t.set_name(), lambda: t.get_coro(1),
        lambda: t.uncancel(1), lambda: t.cancelling(1), lambda: t.get_stack(1, 2),
        lambda: asyncio.get_running_loop(1), lambda: asyncio.get_event_loop(1),
        lambda: asyncio._get_running_loop(1),
        lambda: h.cancel(1), lambda: h.cancelled(1), lambda: h.when(1),
        lambda: loop.set_debug(), lambda: loop.set_debug(1, 2),
        lambda: loop.time(x=1), lambda: loop.create_task(c(), 1),
        lambda: loop.call_later(x=1),
    ]
    for test in tests:
        try:
            test()
            print("ok")
        except Exception as e:
            print(type(e).__name__, e)
    h.cancel()


asyncio.run(more())
