# heapq — binary min-heaps stored in plain lists: heap[k] <= heap[2k+1] and
# heap[k] <= heap[2k+2] for every k, so heap[0] is the smallest item.
#
# The exact layout of the list is visible to programs (they print it), so the
# sifting strategy matches CPython's: when the root is replaced, the hole is
# walked all the way down along the smaller children and the new item is then
# bubbled back up from that leaf.  Only `<` is used to compare items.

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def _want_list(obj, fname, numbered):
    if not isinstance(obj, list):
        which = 'argument 1' if numbered else 'argument'
        raise TypeError(f'{fname}() {which} must be list, not {type(obj).__name__}')


# ---- sifting; `top` is the index of the sub-heap's root ------------------

def _bubble_up(heap, top, i):
    # Move heap[i] toward `top` while it is smaller than its parent.
    item = heap[i]
    while i > top:
        parent = (i - 1) >> 1
        if item < heap[parent]:
            heap[i] = heap[parent]
            i = parent
        else:
            break
    heap[i] = item


def _sink(heap, i):
    # Re-establish the heap below i after heap[i] was overwritten.
    size = len(heap)
    start = i
    item = heap[i]
    child = 2 * i + 1
    while child < size:
        right = child + 1
        if right < size and not heap[child] < heap[right]:
            child = right
        heap[i] = heap[child]
        i = child
        child = 2 * i + 1
    heap[i] = item
    _bubble_up(heap, start, i)


# Max-heap twins, used by merge(reverse=True) and kept importable under the
# private names CPython exposes.

def _bubble_up_max(heap, top, i):
    item = heap[i]
    while i > top:
        parent = (i - 1) >> 1
        if heap[parent] < item:
            heap[i] = heap[parent]
            i = parent
        else:
            break
    heap[i] = item


def _sink_max(heap, i):
    size = len(heap)
    start = i
    item = heap[i]
    child = 2 * i + 1
    while child < size:
        right = child + 1
        if right < size and not heap[right] < heap[child]:
            child = right
        heap[i] = heap[child]
        i = child
        child = 2 * i + 1
    heap[i] = item
    _bubble_up_max(heap, start, i)


# CPython's module-level names for the sift helpers (argument order:
# _siftdown(heap, startpos, pos), _siftup(heap, pos)).
_siftdown = _bubble_up
_siftup = _sink
_siftdown_max = _bubble_up_max
_siftup_max = _sink_max


# ---- public heap operations -----------------------------------------------

def heappush(heap, item, /):
    _want_list(heap, 'heappush', True)
    heap.append(item)
    _bubble_up(heap, 0, len(heap) - 1)


def heappop(heap, /):
    _want_list(heap, 'heappop', False)
    if not heap:
        raise IndexError('index out of range')
    last = heap.pop()
    if not heap:
        return last
    smallest = heap[0]
    heap[0] = last
    _sink(heap, 0)
    return smallest


def heapreplace(heap, item, /):
    # Pop then push, in one pass; the returned value may be > item.
    _want_list(heap, 'heapreplace', True)
    if not heap:
        raise IndexError('index out of range')
    smallest = heap[0]
    heap[0] = item
    _sink(heap, 0)
    return smallest


def heappushpop(heap, item, /):
    # Push then pop: item comes straight back when it is already smallest.
    _want_list(heap, 'heappushpop', True)
    if heap and heap[0] < item:
        smallest = heap[0]
        heap[0] = item
        _sink(heap, 0)
        return smallest
    return item


def heapify(x, /):
    _want_list(x, 'heapify', False)
    for i in range(len(x) // 2 - 1, -1, -1):
        _sink(x, i)


def _heappop_max(heap, /):
    _want_list(heap, '_heappop_max', False)
    if not heap:
        raise IndexError('index out of range')
    last = heap.pop()
    if not heap:
        return last
    largest = heap[0]
    heap[0] = last
    _sink_max(heap, 0)
    return largest


def _heapreplace_max(heap, item, /):
    _want_list(heap, '_heapreplace_max', True)
    if not heap:
        raise IndexError('index out of range')
    largest = heap[0]
    heap[0] = item
    _sink_max(heap, 0)
    return largest


def _heapify_max(x, /):
    _want_list(x, '_heapify_max', False)
    for i in range(len(x) // 2 - 1, -1, -1):
        _sink_max(x, i)


# Everything above is CPython's C module _heapq: no frame of it shows in a
# traceback (merge, nsmallest and nlargest below are Python there too).
from _traceback import _native_frame
_native_frame(globals())
del _native_frame


# ---- merging and selection ------------------------------------------------

def merge(*iterables, key=None, reverse=False):
    # Each live input sits in the heap as [sort key, rank, value, iterator].
    # The rank settles ties in favour of the earlier input (stability); with
    # reverse=True the heap is a max-heap, so the rank is negated.
    sign = -1 if reverse else 1
    sink = _sink_max if reverse else _sink
    entries = []
    for n, src in enumerate(iterables):
        it = iter(src)
        try:
            first = next(it)
        except StopIteration:
            continue
        entries.append([first if key is None else key(first), n * sign, first, it])
    if reverse:
        _heapify_max(entries)
    else:
        heapify(entries)
    while len(entries) > 1:
        top = entries[0]
        yield top[2]
        try:
            nxt = next(top[3])
        except StopIteration:
            # This input is done: drop its entry.
            last = entries.pop()
            if top is not last:
                entries[0] = last
                sink(entries, 0)
            continue
        top[0] = nxt if key is None else key(nxt)
        top[2] = nxt
        sink(entries, 0)
    if entries:
        # A single input left needs no more comparing.
        _, _, value, it = entries[0]
        yield value
        yield from it


# nsmallest(n, it) is sorted(it, key=key)[:n] and nlargest(n, it) is
# sorted(it, key=key, reverse=True)[:n]; both sorts are stable, so ties keep
# their input order exactly as CPython's heap-based versions do.

def nsmallest(n, iterable, key=None):
    if n <= 0:
        return []
    if n == 1:
        missing = object()
        best = min(iterable, default=missing, key=key)
        return [] if best is missing else [best]
    return sorted(iterable, key=key)[:n]


def nlargest(n, iterable, key=None):
    if n <= 0:
        return []
    if n == 1:
        missing = object()
        best = max(iterable, default=missing, key=key)
        return [] if best is missing else [best]
    return sorted(iterable, key=key, reverse=True)[:n]
