# asyncio.Queue's native put_nowait/get_nowait/full/empty must see what
# Python code would: subclasses overriding _put/_get/qsize (also patched
# after use), a property over _unfinished_tasks, an Event subclass for
# _finished, maxsize changes, and cancelled getters and putters.
import asyncio


class Tracking(asyncio.Queue):
    def _put(self, item):
        print('  _put', item)
        super()._put(item)

    def _get(self):
        item = super()._get()
        print('  _get', item)
        return item


class Counted(asyncio.Queue):
    def __init__(self, *a, **k):
        self.sets = 0
        super().__init__(*a, **k)

    @property
    def _unfinished_tasks(self):
        return self.__dict__.get('_ut', 0)

    @_unfinished_tasks.setter
    def _unfinished_tasks(self, v):
        self.sets += 1
        self.__dict__['_ut'] = v


class LoudEvent(asyncio.Event):
    def clear(self):
        print('  clear called')
        super().clear()


async def main():
    q = asyncio.Queue(maxsize=2)
    q.put_nowait(1)
    q.put_nowait(2)
    print(q.full(), q.qsize(), q.empty())
    try:
        q.put_nowait(3)
    except asyncio.QueueFull:
        print('QueueFull')
    print(q.get_nowait(), q.get_nowait())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print('QueueEmpty')

    t = Tracking(maxsize=1)
    await t.put('a')
    print(await t.get())
    Tracking._put = lambda self, item: self._queue.appendleft(('patched', item))
    t.put_nowait('b')
    print(t.get_nowait())
    del Tracking._put
    t.put_nowait('c')
    print(t.get_nowait())

    c = Counted()
    for i in range(3):
        c.put_nowait(i)
    print('counted', c._unfinished_tasks, c.sets)
    c.task_done()
    print('counted', c._unfinished_tasks, c.sets)

    e = asyncio.Queue()
    e._finished = LoudEvent()
    e.put_nowait('x')
    print(e.get_nowait(), e._finished.is_set())

    class Sized(asyncio.Queue):
        def qsize(self):
            return 0
    s = Sized(maxsize=1)
    s.put_nowait(1)
    s.put_nowait(2)
    print('sized full', s.full(), len(s._queue))

    # maxsize changed on the instance
    m = asyncio.Queue(maxsize=1)
    m.put_nowait(1)
    m._maxsize = 3
    m.put_nowait(2)
    print('maxsize', m.full(), m.qsize())
    m._maxsize = 2
    print('maxsize', m.full())

    # cancelled getters and putters
    log = []
    g = asyncio.Queue(maxsize=1)

    async def getter(name):
        try:
            v = await g.get()
            log.append((name, 'got', v))
        except asyncio.CancelledError:
            log.append((name, 'cancelled'))
            raise

    async def putter(name, v):
        try:
            await g.put(v)
            log.append((name, 'put', v))
        except asyncio.CancelledError:
            log.append((name, 'cancelled'))
            raise

    gs = [asyncio.create_task(getter(f'g{i}')) for i in range(3)]
    await asyncio.sleep(0)
    gs[0].cancel()
    g.put_nowait('first')
    gs[1].cancel()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    g.put_nowait('second')
    await asyncio.sleep(0)
    print([t.cancelled() for t in gs], len(g._getters), g.get_nowait())

    g.put_nowait('fill')
    ps = [asyncio.create_task(putter(f'p{i}', i)) for i in range(3)]
    await asyncio.sleep(0)
    ps[0].cancel()
    print(g.get_nowait())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(g.get_nowait())
    ps[2].cancel()
    await asyncio.sleep(0)
    print([t.cancelled() for t in ps], g.qsize(), len(g._putters))
    for entry in log:
        print(entry)

    # producer/consumer through a small queue, interleaving printed
    pc = asyncio.Queue(maxsize=2)
    order = []

    async def prod():
        for i in range(6):
            await pc.put(i)
            order.append(f'put {i}')
        await pc.put(None)

    async def cons():
        while (item := await pc.get()) is not None:
            order.append(f'get {item}')
            pc.task_done()
        pc.task_done()

    await asyncio.gather(prod(), cons())
    await pc.join()
    print(order)


asyncio.run(main())
