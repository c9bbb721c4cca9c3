# weakref: ref (callbacks, sharing, hashing, equality), proxy, WeakMethod,
# WeakValueDictionary, WeakKeyDictionary, WeakSet, finalize.  Every check of
# a cleared reference comes after gc.collect(), so the output is the same
# with reference counting and with a tracing collector.
import gc
import weakref


class Obj:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return 'Obj(%r)' % self.name

    def method(self):
        return 'method of ' + self.name


def test_ref():
    a = Obj('a')
    r = weakref.ref(a)
    print(r() is a, weakref.ref(a) is r, r.__callback__, a.__weakref__ is r)
    log = []

    def cb(wr):
        log.append(('cb', wr is r2, wr()))
    r2 = weakref.ref(a, cb)
    print(r2 is not r, r2.__callback__ is cb, weakref.getweakrefcount(a))
    print(weakref.getweakrefs(a) == [r, r2], r == r2, hash(r) == hash(a), hash(r2) == hash(a))
    b = Obj('b')
    rb = weakref.ref(b)
    print(r == rb, r != rb, {r: 1}[weakref.ref(a)])
    del a
    gc.collect()
    print(r(), r2(), log, r2.__callback__)
    print(r == r2, r != r2, r == r, hash(r) == hash(r))
    try:
        hash(weakref.ref(b, lambda w: None)) and None
        del b
        gc.collect()
        hash(rb)
    except TypeError as e:
        print('TypeError', e)
    print(type(r), weakref.ref is weakref.ReferenceType, repr(r).endswith('; dead>'))
    print(weakref.ref[int], weakref.WeakSet[int], weakref.ref.__module__, weakref.ref.__name__)


def test_types():
    def f():
        pass

    class C:
        pass
    for o in [f, C, set(), frozenset(), len, weakref, Obj('x').method, (x for x in [])]:
        print(type(o).__name__, weakref.ref(o)() is o)
    for o in [1, 'x', [], {}, (), None, object(), 1.5, b'']:
        try:
            weakref.ref(o)
        except TypeError as e:
            print('TypeError', e)

    class S:
        __slots__ = ('x',)

    class SW:
        __slots__ = ('x', '__weakref__')
    for cls in (S, SW):
        try:
            o = cls()
            r = weakref.ref(o)
            del o
            gc.collect()
            print(r() is None)
        except TypeError as e:
            print('TypeError', e)
    try:
        weakref.ref()
    except TypeError as e:
        print('TypeError', e)
    try:
        weakref.ref(f, None, 1)
    except TypeError as e:
        print('TypeError', e)
    try:
        weakref.ref(f, callback=None)
    except TypeError as e:
        print('TypeError', e)


def test_callback_order_and_errors():
    log = []
    a = Obj('a')
    refs = [weakref.ref(a, lambda w, i=i: log.append(i)) for i in range(3)]
    del a
    gc.collect()
    print(sorted(log), [r() for r in refs])
    keep = Obj('k')
    survivor = weakref.ref(keep, lambda w: log.append('no'))
    gc.collect()
    print(survivor() is keep, 'no' not in log)

    # The callback is not called when the ref dies first.
    c = Obj('c')
    r = weakref.ref(c, lambda w: log.append('dead ref'))
    del r
    del c
    gc.collect()
    print('dead ref' not in log)


def test_proxy():
    a = Obj('a')
    p = weakref.proxy(a)
    print(p.name, p.method(), str(p), type(p) is weakref.ProxyType, isinstance(p, weakref.ProxyTypes))
    p.extra = 5
    print(a.extra, hasattr(p, 'extra'))
    del p.extra
    print(hasattr(a, 'extra'), p == a, p.__class__)
    try:
        hash(p)
    except TypeError as e:
        print('TypeError', e)
    log = []
    q = weakref.proxy(a, lambda pr: log.append(type(pr).__name__))
    del a
    gc.collect()
    print(log)
    for op in [lambda: p.name, lambda: str(p), lambda: bool(p)]:
        try:
            op()
        except ReferenceError as e:
            print('ReferenceError', e)

    def double(x):
        return 2 * x
    cp = weakref.proxy(double)
    print(type(cp) is weakref.CallableProxyType, cp(21))
    lst = [3, 1, 2]

    class L(list):
        pass
    ll = L([3, 1, 2])
    lp = weakref.proxy(ll)
    print(len(lp), lp[0], list(lp), 2 in lp, sorted(lp), lp + [9], [0] + lp)
    lp[0] = 7
    lp += [5]
    print(ll, lp.count(7))

    class N:
        def __init__(self, v):
            self.v = v

        def __add__(self, o):
            return N(self.v + (o.v if isinstance(o, N) else o))

        def __radd__(self, o):
            return N(o + self.v)

        def __lt__(self, o):
            return self.v < o.v
    n = N(1)
    np_ = weakref.proxy(n)
    print((np_ + 2).v, (3 + np_).v, np_ < N(5), lst)


def test_weakmethod():
    a = Obj('a')
    wm = weakref.WeakMethod(a.method)
    print(wm()(), wm() == a.method, wm == weakref.WeakMethod(a.method))
    log = []
    wm2 = weakref.WeakMethod(a.method, lambda w: log.append(w is wm2))
    del a
    gc.collect()
    print(wm(), wm2(), log)
    try:
        weakref.WeakMethod(len)
    except TypeError as e:
        print('TypeError', e)


def test_value_dict():
    d = weakref.WeakValueDictionary()
    objs = [Obj(str(i)) for i in range(5)]
    for i, o in enumerate(objs):
        d[i] = o
    print(len(d), sorted(d.keys()), d[2], 3 in d, 9 in d, d.get(9, 'dflt'))
    del o
    del objs[1:3]
    gc.collect()
    print(len(d), sorted(d), sorted(d.items()), sorted(d.values(), key=repr))
    try:
        d[1]
    except KeyError as e:
        print('KeyError', e)
    print(d.pop(0), d.pop(1, 'gone'), len(d), d.setdefault(3, None), type(d).__name__)
    x = Obj('x')
    print(d.setdefault('x', x) is x, len(d.valuerefs()), isinstance(d, dict))
    d2 = d.copy()
    print(sorted(d2.keys(), key=str), repr(d).startswith('<WeakValueDictionary at 0x'))
    d.update({'y': x}, z=x)
    print(sorted(d, key=str))
    del x
    objs.clear()
    gc.collect()
    print(len(d), list(d.items()), len(d2))
    try:
        d.popitem()
    except KeyError as e:
        print('KeyError', e)


def test_key_dict():
    d = weakref.WeakKeyDictionary()
    a, b, c = Obj('a'), Obj('b'), Obj('c')
    d[a] = 1
    d[b] = 2
    d.setdefault(c, 3)
    print(len(d), d[a], b in d, 5 in d, d.get(c), sorted(d.values()))
    print(sorted(k.name for k in d), sorted((k.name, v) for k, v in d.items()))
    del b
    gc.collect()
    print(len(d), sorted(k.name for k in d.keys()))
    print(d.pop(a), len(d), len(d.keyrefs()))
    try:
        d[a]
    except KeyError:
        print('KeyError')
    e = d.copy()
    del c
    gc.collect()
    print(len(d), len(e), repr(d).startswith('<WeakKeyDictionary at 0x'))


def test_weakset():
    s = weakref.WeakSet()
    a, b = Obj('a'), Obj('b')
    s.add(a)
    s.add(b)
    s.add(a)
    print(len(s), a in s, 1 in s, sorted(o.name for o in s))
    del a
    gc.collect()
    print(len(s), [o.name for o in s])
    s.discard(b)
    print(len(s), type(s).__name__, weakref.WeakSet.__module__)
    c, d = Obj('c'), Obj('d')
    t = weakref.WeakSet([c, d])
    u = weakref.WeakSet([c])
    print(u <= t, t >= u, u < t, len(t | u), len(t & u), len(t - u), len(t ^ u), t == weakref.WeakSet([d, c]))
    print(t.pop() in (c, d), len(t))
    try:
        weakref.WeakSet().pop()
    except KeyError as e:
        print('KeyError', e)


def test_finalize():
    log = []
    a = Obj('a')
    f = weakref.finalize(a, log.append, 'finalized a')
    print(f.alive, f.atexit, f.peek()[2:], f.peek()[1].__self__ is log, repr(f).split(';')[1].split(' at ')[0])
    del a
    gc.collect()
    print(log, f.alive, f(), f.peek(), f.detach(), repr(f).endswith('; dead>'))
    b = Obj('b')
    g = weakref.finalize(b, lambda *args, **kw: ('called', args, kw), 1, 2, k=3)
    print(g(), g.alive, g())
    c = Obj('c')
    h = weakref.finalize(c, log.append, 'never')
    obj, func, args, kwargs = h.detach()
    print(obj is c, func is log.append, args, kwargs, h.alive)
    del c, obj
    gc.collect()
    print(log)
    d = Obj('d')
    i = weakref.finalize(d, print, 'at exit: d')
    e = Obj('e')
    j = weakref.finalize(e, print, 'at exit: e')
    k = weakref.finalize(e, print, 'not at exit')
    k.atexit = False
    print(k.atexit, i.atexit)
    test_finalize.keep = (d, e)


test_ref()
test_types()
test_callback_order_and_errors()
test_proxy()
test_weakmethod()
test_value_dict()
test_key_dict()
test_weakset()
test_finalize()
print('end of script')
