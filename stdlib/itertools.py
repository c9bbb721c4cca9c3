# itertools — iterator building blocks, written in Coil.  Each tool is a
# class (as in CPython, where they are types: isinstance works and
# chain.from_iterable is a classmethod); most delegate their __next__ to a
# private generator.  Reprs and error texts follow CPython 3.11.

import sys as _sys


_EMPTY = object()   # "no item buffered" in groupby


class _Iter:
    __slots__ = ('_it',)

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._it)


def _index(value, message):
    """value as a non-negative int (None allowed by the caller), else ValueError(message)."""
    try:
        n = value.__index__()
    except AttributeError:
        raise ValueError(message) from None
    if n < 0 or n > _sys.maxsize:
        raise ValueError(message)
    return n


class count:
    __slots__ = ('_n', '_step')

    def __init__(self, start=0, step=1):
        for v in (start, step):
            if not isinstance(v, (int, float)) and not hasattr(v, '__index__') and not hasattr(v, '__float__'):
                raise TypeError('a number is required')
        self._n = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n

    def __repr__(self):
        if type(self._step) is int and self._step == 1:
            return 'count(%r)' % (self._n,)
        return 'count(%r, %r)' % (self._n, self._step)


class cycle(_Iter):
    __slots__ = ()

    def __init__(self, iterable, /):
        self._it = self._gen(iter(iterable))

    @staticmethod
    def _gen(it):
        # First pass: hand items out while keeping a copy; then replay the
        # copy for ever (an empty input gives an empty cycle).
        seen = []
        for item in it:
            seen.append(item)
            yield item
        if seen:
            while True:
                yield from seen


class repeat:
    __slots__ = ('_obj', '_times')

    def __init__(self, object, times=None):
        self._obj = object
        if times is not None:
            times = times.__index__()
            if times < 0:
                times = 0
        self._times = times

    def __iter__(self):
        return self

    def __next__(self):
        if self._times is None:
            return self._obj
        if self._times <= 0:
            raise StopIteration
        self._times -= 1
        return self._obj

    def __length_hint__(self):
        if self._times is None:
            raise TypeError('len() of unsized object')
        return self._times

    def __repr__(self):
        if self._times is None:
            return 'repeat(%r)' % (self._obj,)
        return 'repeat(%r, %d)' % (self._obj, self._times)


class chain(_Iter):
    __slots__ = ()

    def __init__(self, *iterables):
        self._it = self._gen(iter(iterables))

    @staticmethod
    def _gen(sources):
        for it in sources:
            yield from it

    @classmethod
    def from_iterable(cls, iterable, /):
        self = cls.__new__(cls)
        self._it = cls._gen(iter(iterable))
        return self


class islice(_Iter):
    __slots__ = ()

    def __init__(self, iterable, *args):
        if not 1 <= len(args) <= 3:
            if not args:
                raise TypeError('islice expected at least 2 arguments, got 1')
            raise TypeError('islice expected at most 4 arguments, got %d' % (len(args) + 1))
        s = slice(*args)
        start, stop, step = s.start, s.stop, s.step
        if stop is not None:
            stop = _index(stop, 'Stop argument for islice() must be None or an integer: '
                                '0 <= x <= sys.maxsize.')
        if start is None:
            start = 0
        else:
            start = _index(start, 'Indices for islice() must be None or an integer: '
                                  '0 <= x <= sys.maxsize.')
        if step is None:
            step = 1
        else:
            step = _index(step, 'Step for islice() must be a positive integer or None.')
            if step == 0:
                raise ValueError('Step for islice() must be a positive integer or None.')
        self._it = self._gen(iter(iterable), start, stop, step)

    @staticmethod
    def _gen(it, start, stop, step):
        i = 0
        nexti = start
        while stop is None or nexti < stop:
            # Consume up to the next index to produce.
            while i < nexti:
                try:
                    next(it)
                except StopIteration:
                    return
                i += 1
            try:
                element = next(it)
            except StopIteration:
                return
            i += 1
            yield element
            nexti += step
        # CPython consumes nothing more once stop is reached.


class zip_longest(_Iter):
    __slots__ = ()

    def __init__(self, *iterables, fillvalue=None):
        self._it = self._gen([iter(it) for it in iterables], fillvalue)

    @staticmethod
    def _gen(sources, fill):
        # An exhausted source is replaced by None and padded with `fill`;
        # the row in which the last source runs out is not produced.
        alive = len(sources)
        while alive:
            row = []
            for pos in range(len(sources)):
                src = sources[pos]
                if src is not None:
                    try:
                        row.append(next(src))
                        continue
                    except StopIteration:
                        sources[pos] = None
                        alive -= 1
                        if not alive:
                            return
                row.append(fill)
            yield tuple(row)


class product(_Iter):
    __slots__ = ()

    def __init__(self, *iterables, repeat=1):
        repeat = repeat.__index__()
        if repeat < 0:
            raise ValueError('repeat argument cannot be negative')
        pools = [tuple(pool) for pool in iterables] * repeat
        self._it = self._gen(pools)

    @staticmethod
    def _gen(pools):
        for pool in pools:
            if not pool:
                return
        n = len(pools)
        indices = [0] * n
        yield tuple(pool[0] for pool in pools)
        while n:
            # Advance the rightmost index that can move, like an odometer.
            i = n - 1
            while i >= 0:
                indices[i] += 1
                if indices[i] < len(pools[i]):
                    break
                indices[i] = 0
                i -= 1
            if i < 0:
                return
            yield tuple(pools[k][indices[k]] for k in range(n))


class permutations(_Iter):
    __slots__ = ()

    def __init__(self, iterable, r=None):
        pool = tuple(iterable)
        n = len(pool)
        if r is None:
            r = n
        else:
            r = r.__index__()
            if r < 0:
                raise ValueError('r must be non-negative')
        self._it = self._gen(pool, n, r)

    @staticmethod
    def _gen(pool, n, r):
        # r-tuples of distinct positions, in lexicographic order.  To step,
        # find the rightmost slot that can take a larger unused position,
        # then refill the slots after it with the smallest unused ones.
        if r > n:
            return
        picked = list(range(r))
        taken = [i < r for i in range(n)]
        yield tuple([pool[i] for i in picked])
        while True:
            slot = r - 1
            while slot >= 0:
                here = picked[slot]
                taken[here] = False
                cand = here + 1
                while cand < n and taken[cand]:
                    cand += 1
                if cand < n:
                    break
                slot -= 1
            if slot < 0:
                return
            picked[slot] = cand
            taken[cand] = True
            low = 0
            for later in range(slot + 1, r):
                while taken[low]:
                    low += 1
                picked[later] = low
                taken[low] = True
            yield tuple([pool[i] for i in picked])


class combinations(_Iter):
    __slots__ = ()

    def __init__(self, iterable, r):
        pool = tuple(iterable)
        r = r.__index__()
        if r < 0:
            raise ValueError('r must be non-negative')
        self._it = self._gen(pool, r)

    @staticmethod
    def _gen(pool, r):
        # Increasing r-tuples of positions, in lexicographic order.  Slot k
        # can hold at most n - r + k; bump the rightmost slot below its
        # ceiling and restart the slots after it just above it.
        n = len(pool)
        if r > n:
            return
        picked = list(range(r))
        while True:
            yield tuple([pool[i] for i in picked])
            slot = r - 1
            while slot >= 0 and picked[slot] == n - r + slot:
                slot -= 1
            if slot < 0:
                return
            start = picked[slot] + 1
            for k in range(slot, r):
                picked[k] = start + (k - slot)


class combinations_with_replacement(_Iter):
    __slots__ = ()

    def __init__(self, iterable, r):
        pool = tuple(iterable)
        r = r.__index__()
        if r < 0:
            raise ValueError('r must be non-negative')
        self._it = self._gen(pool, r)

    @staticmethod
    def _gen(pool, r):
        # Non-decreasing r-tuples of positions, in lexicographic order: bump
        # the rightmost slot that is not yet at the last position and set
        # every slot after it to the same value.
        n = len(pool)
        if r and not n:
            return
        picked = [0] * r
        while True:
            yield tuple([pool[i] for i in picked])
            slot = r - 1
            while slot >= 0 and picked[slot] == n - 1:
                slot -= 1
            if slot < 0:
                return
            value = picked[slot] + 1
            for k in range(slot, r):
                picked[k] = value


def _plus(a, b):
    return a + b


class accumulate(_Iter):
    __slots__ = ()

    def __init__(self, iterable, func=None, *, initial=None):
        self._it = self._gen(iter(iterable), _plus if func is None else func, initial)

    @staticmethod
    def _gen(it, combine, initial):
        # Running totals; `initial`, when given, is produced first and
        # starts the total.
        if initial is not None:
            acc = initial
        else:
            for acc in it:
                break
            else:
                return
        yield acc
        for item in it:
            acc = combine(acc, item)
            yield acc


def _same(a, b):
    # Key equality as the C API tests it: identity first, then ==.
    return a is b or a == b


class groupby:
    # At most one item is read ahead: `_value`/`_key` (both _EMPTY when
    # nothing is buffered).  `_group` is the key of the group handed out
    # last, and `_ticket` identifies its grouper: once the groupby moves on,
    # older groupers find their ticket outdated and stop.
    __slots__ = ('_keyfunc', '_source', '_value', '_key', '_group', '_ticket')

    def __init__(self, iterable, key=None):
        self._keyfunc = key
        self._source = iter(iterable)
        self._value = self._key = self._group = _EMPTY
        self._ticket = None

    def __iter__(self):
        return self

    def _read(self):
        # Buffers the next item; StopIteration ends whoever is reading.
        value = next(self._source)
        fn = self._keyfunc
        self._key = value if fn is None else fn(value)
        self._value = value

    def __next__(self):
        self._ticket = None
        # Skip whatever is left of the previous group.
        while True:
            if self._key is _EMPTY:
                self._read()
            elif self._group is _EMPTY or not _same(self._group, self._key):
                break
            else:
                self._read()
        self._group = self._key
        ticket = self._ticket = object()
        return (self._key, _grouper(self, self._group, ticket))


class _grouper:
    __slots__ = ('_owner', '_key', '_ticket')

    def __init__(self, owner, key, ticket):
        self._owner = owner
        self._key = key
        self._ticket = ticket

    def __iter__(self):
        return self

    def __next__(self):
        owner = self._owner
        if owner._ticket is not self._ticket:
            raise StopIteration
        if owner._value is _EMPTY:
            owner._read()
        if not _same(self._key, owner._key):
            raise StopIteration
        value = owner._value
        owner._value = owner._key = _EMPTY
        return value


class takewhile(_Iter):
    __slots__ = ()

    def __init__(self, predicate, iterable, /):
        self._it = self._gen(predicate, iter(iterable))

    @staticmethod
    def _gen(predicate, it):
        # Stops for good at the first item failing the predicate.
        for item in it:
            if not predicate(item):
                return
            yield item


class dropwhile(_Iter):
    __slots__ = ()

    def __init__(self, predicate, iterable, /):
        self._it = self._gen(predicate, iter(iterable))

    @staticmethod
    def _gen(predicate, it):
        # The predicate is consulted only until it first fails.
        skipping = True
        for item in it:
            if skipping:
                if predicate(item):
                    continue
                skipping = False
            yield item


class starmap(_Iter):
    __slots__ = ()

    def __init__(self, function, iterable, /):
        self._it = self._gen(function, iter(iterable))

    @staticmethod
    def _gen(function, it):
        for args in it:
            yield function(*args)


class compress(_Iter):
    __slots__ = ()

    def __init__(self, data, selectors):
        self._it = self._gen(iter(data), iter(selectors))

    @staticmethod
    def _gen(data, selectors):
        for item, keep in zip(data, selectors):
            if keep:
                yield item


class filterfalse(_Iter):
    __slots__ = ()

    def __init__(self, function, iterable, /):
        self._it = self._gen(function, iter(iterable))

    @staticmethod
    def _gen(predicate, it):
        test = bool if predicate is None else predicate
        for item in it:
            if not test(item):
                yield item


class pairwise(_Iter):
    __slots__ = ()

    def __init__(self, iterable, /):
        self._it = self._gen(iter(iterable))

    @staticmethod
    def _gen(it):
        try:
            a = next(it)
        except StopIteration:
            return
        for b in it:
            yield a, b
            a = b


class _tee_link:
    """One item of a tee's shared buffer: the value and the next link."""
    __slots__ = ('value', 'next')

    def __init__(self):
        self.next = None


class _tee:
    __slots__ = ('_source', '_link')

    def __init__(self, source, link):
        self._source = source
        self._link = link

    def __iter__(self):
        return self

    def __next__(self):
        link = self._link
        if link.next is None:
            # This iterator is the furthest ahead: pull a new item.
            value = next(self._source)
            link.value = value
            link.next = _tee_link()
        self._link = link.next
        return link.value

    def __copy__(self):
        return _tee(self._source, self._link)


def tee(iterable, n=2, /):
    n = n.__index__()
    if n < 0:
        raise ValueError('n must be >= 0')
    if n == 0:
        return ()
    it = iter(iterable)
    if isinstance(it, _tee):
        first = it
    else:
        first = _tee(it, _tee_link())
    return tuple([first] + [first.__copy__() for _ in range(n - 1)])


# CPython's itertools is a C module: argument errors in its words (vm/call.c
# reads __cargs__: "kw" keyword-capable, "pos" positional-only parsers).
for _cls, _kind in ((count, 'kw'), (repeat, 'kw'), (product, 'kw'), (permutations, 'kw'),
                    (combinations, 'kw'), (combinations_with_replacement, 'kw'),
                    (accumulate, 'kw'), (groupby, 'kw'), (compress, 'kw'), (cycle, 'pos'),
                    (chain, 'pos'), (takewhile, 'pos'), (dropwhile, 'pos'), (starmap, 'pos'),
                    (filterfalse, 'pos'), (pairwise, 'pos')):
    _cls.__init__.__cargs__ = _kind
tee.__cargs__ = 'pos'
del _cls, _kind

# CPython's itertools is a C module: none of its frames show in a traceback.
from _traceback import _native_frame
_native_frame(globals())
del _native_frame
