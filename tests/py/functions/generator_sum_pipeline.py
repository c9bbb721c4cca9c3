# Generator pipelines drained by sum() (whose int/float additions run inside
# the generator's frame), list(), min() and max(): values, exceptions thrown
# mid-pipeline, close(), PEP 479 and re-entry.
def source(n, log=None):
    try:
        i = 0
        while i < n:
            got = yield i
            if got is not None:
                print("sent", got)
            i += 1
    finally:
        if log is not None:
            log.append("source done")


def scaled(it, k):
    for x in it:
        yield x * k


def odd_only(it):
    for x in it:
        if x & 1:
            yield x
        else:
            yield x + 1


def pipeline(n):
    return (x % 1000 for x in odd_only(scaled(source(n), 3)))


print(sum(pipeline(10000)), sum(pipeline(10000), 7), sum(pipeline(0)), sum(pipeline(10), 0.5))
print(list(pipeline(8)), min(pipeline(50)), max(pipeline(50)))
print(sum(x / 2 for x in range(7)), sum((x for x in range(5)), 1.5), sum(x * 1.0 for x in range(5)))

# Past the small-int range and back: the slow additions take over mid-way.
big = 2**61
print(sum(x for x in [big, big, big, 1, -big, 2]), sum(x for x in [1, 2.5, 3, 4.5]))
try:
    sum(x for x in [[1], [2]])
except TypeError as e:
    print("TypeError", e)
print(sum((x for x in [[1], [2]]), []))


class Money:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        return Money(self.v + (other.v if isinstance(other, Money) else other))

    __radd__ = __add__

    def __repr__(self):
        return "Money(%r)" % self.v


print(sum(Money(x) if x % 3 == 0 else x for x in range(10)))


# An exception thrown mid-pipeline: the stage that raised finishes, the
# others stay suspended and close later.
def faulty(it, at):
    for x in it:
        if x == at:
            raise ValueError("bad value %d" % x)
        yield x


log = []
src = source(100, log)
mid = faulty(src, 21)
try:
    print(sum(x for x in mid))
except ValueError as e:
    print("ValueError", e, log)
print(next(mid, "mid finished"), log)
src.close()
print(log)

# TypeError from sum's own addition: the generator is left suspended.
log = []
src2 = source(10, log)
gen = (x for x in src2 if True)
mixed = (v if v != 3 else "three" for v in gen)
try:
    sum(mixed)
except TypeError as e:
    print("TypeError", e)
print(next(mixed), next(mixed), log)
mixed.close()
gen.close()
print(log)
src2.close()
print(log)


# PEP 479 inside pipelines consumed by sum, list and min.
def leaky(n):
    for i in range(n):
        yield i
    raise StopIteration("leak")


for consume in (sum, list, min, max, sorted, tuple, set):
    try:
        consume(x for x in leaky(3))
    except RuntimeError as e:
        print(consume.__name__, "RuntimeError", e, type(e.__cause__).__name__, e.__cause__)


def inner_next():
    it = iter([1, 2])
    while True:
        yield next(it)


try:
    print(sum(inner_next()))
except RuntimeError as e:
    print("RuntimeError", e)


# The yield expression still gets None from sum's next(); gi_running inside.
def watcher():
    me = yield 0
    for i in range(1, 4):
        got = yield i
        print("got", got, gen_ref[0].gi_running)


gen_ref = [None]
w = watcher()
gen_ref[0] = w
print(sum(w), w.gi_running)


# Re-entering the generator that sum() is draining.
def reentrant():
    yield 1
    yield sum(self_ref[0])


self_ref = [None]
g = reentrant()
self_ref[0] = g
try:
    sum(g)
except ValueError as e:
    print("ValueError", e)
print(next(g, "exhausted"))


# sum() inside a generator drained by sum(), and a generator drained by two
# consumers in turn.
def nested(n):
    for i in range(n):
        yield sum(j for j in range(i))


print(sum(nested(50)), sum(sum(x for x in range(k)) for k in range(20)))
shared = (x for x in range(10))
print(next(shared), sum(x for x in shared if x < 5), list(shared))


# try/except/finally inside the drained frame, and exceptions handled there.
def careful(n):
    for i in range(n):
        try:
            if i % 4 == 0:
                raise KeyError(i)
            yield i
        except KeyError as e:
            yield -e.args[0]
        finally:
            pass


print(sum(careful(20)), list(careful(6)))


# close()/throw() on a pipeline stage after a partial drain by a for loop.
log = []
p = scaled(source(10, log), 2)
for v in p:
    if v >= 6:
        break
print(v, sum(p), log)
q = scaled(source(10, log), 2)
print(next(q), q.throw(KeyError("x")) if False else "no throw")
try:
    q.throw(KeyError("thrown"))
except KeyError as e:
    print("KeyError", e, log)
print(next(q, "q closed"))

# An uncaught error from deep in a pipeline keeps its traceback.
print(sum(x for x in faulty(scaled(source(20), 1), 5)))
