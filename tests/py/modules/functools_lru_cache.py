# functools.lru_cache / cache: hits, misses, LRU eviction order, typed keys,
# maxsize=0 and None, cache_clear, keyword arguments.
from functools import lru_cache, cache
calls = []


@lru_cache(maxsize=2)
def sq(n):
    calls.append(n)
    return n * n


print(sq(2), sq(2), sq(3), sq(4), sq(2), sq(4))
print(calls)
sq.cache_clear()
print(sq(4), calls)


@cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(90), fib.__name__, fib.__wrapped__.__name__)


@lru_cache
def add(a, b=0):
    calls.append((a, b))
    return a + b


calls.clear()
print(add(1, 2), add(1, 2), add(1, b=2), add(a=1, b=2), add(1), add(1))
print(calls)


@lru_cache(maxsize=None, typed=True)
def ident(x):
    calls.append(x)
    return x


calls.clear()
print(ident(1), ident(1.0), ident(True), ident(1))
print(calls, sq.cache_parameters(), ident.cache_parameters())


@lru_cache(maxsize=0)
def nocache(x):
    calls.append(x)
    return x


calls.clear()
nocache(1)
nocache(1)
print(calls)
try:
    lru_cache("x")
except TypeError as e:
    print(e)
