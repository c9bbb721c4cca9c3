# Generator pipelines, windows, flattening, coroutine-style averager, iterator classes.
import itertools, collections
def read_lines():
    data = "alpha 3\nbeta 5\n# comment\ngamma 2\n\ndelta 7"
    for line in data.splitlines():
        yield line
def strip_comments(lines):
    for l in lines:
        if l and not l.startswith("#"): yield l
def parse(lines):
    for l in lines:
        name, n = l.split(); yield name, int(n)
pipeline = parse(strip_comments(read_lines()))
print(list(pipeline))
print(sum(n for _, n in parse(strip_comments(read_lines()))))
def chunked(it, n):
    it = iter(it)
    while chunk := list(itertools.islice(it, n)):
        yield chunk
print(list(chunked(range(7), 3)))
def window(seq, n=2):
    it = iter(seq); win = collections.deque(itertools.islice(it, n), maxlen=n)
    yield tuple(win)
    for x in it: win.append(x); yield tuple(win)
print(list(window([1, 2, 3, 4])))
def flatten(x):
    for i in x:
        if isinstance(i, (list, tuple)): yield from flatten(i)
        else: yield i
print(list(flatten([1, [2, (3, [4])], 5])))
def averager():
    total = n = 0; avg = None
    while True:
        v = yield avg
        if v is None: break
        total += v; n += 1; avg = total / n
    return (n, avg)
a = averager(); next(a); print(a.send(10), a.send(20))
try: a.send(None)
except StopIteration as e: print("result", e.value)
def delegator():
    r = yield from averager()
    yield ("final", r)
d = delegator(); next(d); d.send(1); d.send(3); print(d.send(None))
gen = (x for x in range(3)); print(next(gen), list(gen), list(gen))
print(list(zip(*[iter(range(6))] * 2)), dict(enumerate("ab", 1)), list(map(sum, zip([1, 2], [3, 4]))))
print(list(itertools.chain.from_iterable([[1], [2, 3]])), list(itertools.accumulate([1, 2, 3])), list(itertools.takewhile(lambda x: x < 3, range(10))))
print(any(x > 3 for x in range(5)), all(x for x in []), sorted((x % 3, x) for x in range(6)))
class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self):
        while self.n > 0: yield self.n; self.n -= 1
print(list(Countdown(3)), [*Countdown(2)], max(Countdown(4)))
class It:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        if self.i >= 3: raise StopIteration
        self.i += 1; return self.i
it = It(); print(list(it), list(it), next(iter(It())))
print(next(iter([]), "default"), list(reversed(range(3))), list(filter(None, [0, 1, "", "a"])))
