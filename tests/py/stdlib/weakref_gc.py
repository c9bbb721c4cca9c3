# weakref and the collector: cycles, a cache of many entries, callbacks that
# raise (reported, not propagated), callbacks that create more garbage,
# refs held in containers, and weak references to classes and functions.
import gc
import sys
import weakref


class Node:
    def __init__(self, name):
        self.name = name
        self.other = None


def cycle():
    a, b = Node('a'), Node('b')
    a.other, b.other = b, a
    ra, rb = weakref.ref(a), weakref.ref(b)
    del a, b
    gc.collect()
    print('cycle', ra(), rb())


def cache():
    d = weakref.WeakValueDictionary()
    keep = []
    for i in range(2000):
        n = Node(i)
        d[i] = n
        if i % 100 == 0:
            keep.append(n)
    del n
    gc.collect()
    print('cache', len(d), sorted(d)[:5], sum(1 for _ in d.values()))
    keep.clear()
    gc.collect()
    print('cache', len(d))


def raising_callback():
    class Bad:
        def __call__(self, wr):
            raise ValueError('from callback')

        def __repr__(self):
            return 'Bad()'
    bad = Bad()
    n = Node('x')
    r = weakref.ref(n, bad)
    del n
    sys.stdout.flush()
    gc.collect()
    print('after raising callback', r())


def chained():
    log = []
    first = Node('first')
    second = Node('second')

    def cb2(wr):
        log.append('second gone')

    def cb1(wr, holder=[second]):
        log.append('first gone')
        holder.clear()  # drops the last reference to `second`
    r1 = weakref.ref(first, cb1)
    r2 = weakref.ref(second, cb2)
    del first, second
    gc.collect()
    gc.collect()
    print('chained', log, r1(), r2())


def containers():
    objs = [Node(i) for i in range(5)]
    refs = [weakref.ref(o) for o in objs]
    print('containers', [r() is o for r, o in zip(refs, objs)])
    del objs[::2]
    gc.collect()
    print('containers', [r() is None for r in refs], [o.name for o in objs])


def classes_and_functions():
    def make():
        class Temp:
            pass

        def func():
            return 1
        return weakref.ref(Temp), weakref.ref(func)
    rc, rf = make()
    gc.collect()
    print('classes', rc(), rf())
    print('classes', weakref.ref(Node)() is Node, weakref.getweakrefcount(Node) >= 1)


def loop_callbacks():
    # Callbacks queued by collections that happen on their own (allocation
    # pressure) run at a safe point; gc.collect() settles the rest.
    log = []
    for i in range(300):
        n = Node(i)
        weakref.finalize(n, log.append, i)
        del n
    gc.collect()
    print('loop', len(log), sorted(log) == list(range(300)))


cycle()
cache()
raising_callback()
chained()
containers()
classes_and_functions()
loop_callbacks()
