# Generator protocol: send/throw/close, yield from delegation, gi_* attributes, PEP 479.
def gen():
    x = yield 1
    print("got", x)
    try:
        y = yield 2
    except ValueError as e:
        print("caught", e)
        y = yield 3
    return "done"
g = gen()
print(next(g), g.send("a"), g.throw(ValueError("v")))
try: g.send(None)
except StopIteration as e: print("stop", e.value)
print(g.gi_frame, g.gi_running, g.gi_code.co_name if hasattr(g, 'gi_code') else '-')
def deleg():
    r = yield from gen()
    print("r", r)
    yield "after"
d = deleg()
print(next(d), d.send(5), d.throw(ValueError("w")), next(d))
def count():
    i = 0
    while True:
        yield i; i += 1
import itertools
print(list(itertools.islice(count(), 5)))
gx = (i*i for i in range(5))
print(type(gx).__name__, sum(gx), list(gx))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
print([x for _, x in zip(range(10), fib())])
def g2():
    yield 1
    raise StopIteration
try: list(g2())
except RuntimeError as e: print("RE", e, type(e.__cause__).__name__)
def g3():
    try: yield
    finally: print("g3 closed")
x = g3(); next(x); x.close(); print(x.gi_frame is None)
def g4():
    try:
        yield 1
    except GeneratorExit:
        yield 2
y = g4(); next(y)
try: y.close()
except RuntimeError as e: print(e)
def g5():
    g = yield
    g.send(1)
z = g5(); next(z)
try: z.send(z)
except ValueError as e: print(e)
print(repr(gen()).split(" at ")[0], gen().__name__, gen().__qualname__)
def agen_like():
    yield from range(3)
    yield from "ab"
print(list(agen_like()))
