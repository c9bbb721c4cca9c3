# Generator functions.
def countdown(n):
    while n > 0:
        yield n
        n -= 1
    return "done"

print(list(countdown(4)))
g = countdown(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)
def evens():
    yield from (x for x in range(10) if x % 2 == 0)
print(list(evens()))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
out = []
for v in fib():
    if v > 100:
        break
    out.append(v)
print(out)
