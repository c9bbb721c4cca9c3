# bisect — binary search over a sorted sequence, and insertion that keeps it
# sorted.  The *_left variants place x before equal items, *_right after.

__all__ = ['bisect', 'bisect_left', 'bisect_right', 'insort', 'insort_left', 'insort_right']


def _search(seq, x, lo, hi, key, after_equal):
    if lo < 0:
        raise ValueError('lo must be non-negative')
    if hi is None or hi == -1:
        # CPython's C version also reads -1 as "to the end".
        hi = len(seq)
    # Narrow the window [first, first + count) that must hold the answer.
    # Items are only ever compared with `<`, and the probes land on the same
    # indexes as CPython's (lo + hi) // 2, so key functions and __lt__
    # methods see the same calls in the same order.
    first = lo
    count = hi - lo
    while count > 0:
        step = count // 2
        probe = first + step
        item = seq[probe] if key is None else key(seq[probe])
        if after_equal:
            go_right = not (x < item)
        else:
            go_right = item < x
        if go_right:
            first = probe + 1
            count -= step + 1
        else:
            count = step
    return first


def bisect_left(a, x, lo=0, hi=None, *, key=None):
    return _search(a, x, lo, hi, key, False)


def bisect_right(a, x, lo=0, hi=None, *, key=None):
    return _search(a, x, lo, hi, key, True)


def insort_left(a, x, lo=0, hi=None, *, key=None):
    # The key is applied to x once, then to one item per probe.
    a.insert(_search(a, x if key is None else key(x), lo, hi, key, False), x)


def insort_right(a, x, lo=0, hi=None, *, key=None):
    a.insert(_search(a, x if key is None else key(x), lo, hi, key, True), x)


bisect = bisect_right
insort = insort_right


# CPython's bisect functions come from the C module _bisect: no frame of them
# shows in a traceback.
from _traceback import _native_frame
_native_frame(globals())
del _native_frame
