# Exceptions raised through stdlib functions that are C in CPython
# (operator, itertools, heapq, bisect, functools' reduce / lru_cache /
# cmp_to_key, collections' deque / defaultdict / OrderedDict) show no frame
# of those functions in a traceback.
import bisect
import collections
import functools
import heapq
import itertools
import operator
import traceback


def show(fn):
    try:
        fn()
    except Exception:
        traceback.print_exc()


rows = [{"a": 1}, {"b": 2}]
show(lambda: sorted(rows, key=operator.itemgetter("a")))
show(lambda: operator.attrgetter("x.y")(1))
show(lambda: operator.methodcaller("nope")(1))
show(lambda: operator.add(1, "a"))
show(lambda: functools.reduce(lambda a, b: a / b, [1, 0]))
show(lambda: functools.reduce(lambda a, b: a, []))
show(lambda: sorted([1, 2], key=functools.cmp_to_key(lambda a, b: a.x)))
show(lambda: list(itertools.accumulate([1, "a"])))
show(lambda: list(itertools.starmap(lambda a: a, [(1, 2)])))
show(lambda: list(itertools.product([1], 5)))
show(lambda: next(itertools.islice([], -1)))
show(lambda: [k for k, g in itertools.groupby([1, 2], key=lambda x: x / 0)])


class T:
    pass


show(lambda: heapq.heappush([T()], T()))
show(lambda: heapq.heappop([]))
show(lambda: bisect.insort([1, 2], "a"))
show(lambda: collections.deque().popleft())
show(lambda: collections.deque([1]).index(5))
show(lambda: collections.defaultdict(lambda: 1 / 0)["x"])
show(lambda: collections.OrderedDict().popitem())
show(lambda: collections.OrderedDict().move_to_end("k"))


@functools.lru_cache
def fact(n):
    if n == 0:
        raise ValueError("base")
    return n * fact(n - 1)


@functools.lru_cache(maxsize=2)
def bounded(x):
    return x["k"]


show(lambda: bounded({}))
fact(3)
