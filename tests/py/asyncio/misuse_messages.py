# Misusing the loop, futures and the helpers: CPython's exact errors.
import asyncio


def show(label, f):
    try:
        r = f()
        print(label, "ok", r)
    except BaseException as e:
        print(label, type(e).__name__ + ":", e)


async def stopper():
    asyncio.get_running_loop().stop()
    await asyncio.sleep(0.01)


async def inside(loop):
    f = loop.create_future()
    show("add_done_callback()", lambda: f.add_done_callback())
    show("add_done_callback(fn=)", lambda: f.add_done_callback(fn=print))
    show("add_done_callback 2 args", lambda: f.add_done_callback(print, 1))
    show("add_done_callback ctx=", lambda: f.add_done_callback(print, ctx=1))
    show("remove_done_callback()", lambda: f.remove_done_callback())
    show("remove_done_callback(fn=)", lambda: f.remove_done_callback(fn=print))
    show("cancel 2 kw", lambda: f.cancel(msg=1, x=2))
    show("call_later str", lambda: loop.call_later("x", print))
    show("call_later list", lambda: loop.call_later([], print))
    show("call_later None", lambda: loop.call_later(None, print))
    show("call_at None", lambda: loop.call_at(None, print))
    show("Task(5)", lambda: asyncio.Task(5))
    t = asyncio.current_task()
    show("task set_result", lambda: t.set_result(1))
    show("task set_exception", lambda: t.set_exception(ValueError()))
    for label, aw in [("wait([])", lambda: asyncio.wait([])),
                      ("wait bad when", lambda: asyncio.wait({asyncio.ensure_future(asyncio.sleep(0))},
                                                             return_when="bad")),
                      ("wait_for(5)", lambda: asyncio.wait_for(5, 1)),
                      ("gather(5)", lambda: asyncio.gather(5)),
                      ("shield(5)", lambda: asyncio.shield(5)),
                      ("sleep 3 args", lambda: asyncio.sleep(0, 1, 2))]:
        try:
            await aw()
        except (TypeError, ValueError) as e:
            print(label, type(e).__name__ + ":", e)
    try:
        for x in asyncio.as_completed(5):
            pass
    except TypeError as e:
        print("as_completed(5)", e)
    await asyncio.sleep(0)


loop = asyncio.new_event_loop()
show("stopped early", lambda: loop.run_until_complete(stopper()))
show("run_until_complete(5)", lambda: loop.run_until_complete(5))
other = asyncio.new_event_loop()
show("other loop's future", lambda: other.run_until_complete(loop.create_future()))
loop.run_until_complete(inside(loop))
loop.close()
other.close()
