# Generator functions with yield, send, return value.
def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return "done"
print(list(count_up(4)))
g = count_up(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("stopped with", e.value)
def echo():
    received = []
    while True:
        x = yield len(received)
        if x is None:
            break
        received.append(x)
    yield received
e = echo()
print(next(e), e.send("a"), e.send("b"), e.send(None))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(10)])
def g2():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
it = g2()
print(next(it))
it.close()
print("after close")
def bare():
    x = yield
    print("bare got", x)
    yield
b = bare()
next(b)
b.send(42)
