# A future with many done callbacks: order, repr's "<N more>", removal from
# the middle and of every copy, re-adding after removal, callbacks added once
# done, and a Task with several callbacks.
import asyncio, contextvars

var = contextvars.ContextVar('var', default='-')

def make(tag):
    def cb(fut):
        print('cb', tag, fut.result(), var.get())
    cb.__qualname__ = 'cb_' + tag
    return cb

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    cbs = [make(t) for t in 'abcdef']
    for cb in cbs:
        f.add_done_callback(cb)
    f.add_done_callback(cbs[0])
    print(repr(f).replace(hex(id(f)), 'ID').replace(__file__, 'FILE'))
    print('removed', f.remove_done_callback(cbs[0]))
    print('removed', f.remove_done_callback(cbs[3]))
    print('removed', f.remove_done_callback(make('z')))
    print(len(f._callbacks), [c[0].__qualname__ for c in f._callbacks])
    ctx = contextvars.copy_context()
    ctx.run(var.set, 'in-ctx')
    f.add_done_callback(cbs[3], context=ctx)
    for cb in cbs[1:]:
        f.remove_done_callback(cb) if cb is cbs[2] else None
    print([c[0].__qualname__ for c in f._callbacks])
    f.set_result(42)
    print('after set:', f._callbacks)
    await asyncio.sleep(0)
    f.add_done_callback(make('late'))
    print('removed after done', f.remove_done_callback(cbs[1]))
    await asyncio.sleep(0)

    g = loop.create_future()
    for cb in cbs[:3]:
        g.add_done_callback(cb)
    for cb in cbs[:3]:
        g.remove_done_callback(cb)
    print('emptied:', g._callbacks, repr(g).replace(hex(id(g)), 'ID'))
    g.add_done_callback(cbs[4])
    g.add_done_callback(cbs[5])
    g.set_result('g')
    await asyncio.sleep(0)

    async def work():
        await asyncio.sleep(0)
        return 'task'
    t = asyncio.create_task(work(), name='T')
    for cb in cbs[:4]:
        t.add_done_callback(cb)
    print(repr(t).split(' coro=')[0], len(t._callbacks) if hasattr(t, '_callbacks') else '')
    await t
    await asyncio.sleep(0)

asyncio.run(main())
