# Default values are evaluated once at definition time.
def noisy(v):
    print("evaluating default", v)
    return v

def f(x=noisy(1), y=noisy(2)):
    return x + y

print("defined")
print(f(), f(10), f(y=0))
def g(n, cache={}):
    if n in cache:
        return "cached " + str(cache[n])
    cache[n] = n * n
    return cache[n]
print(g(3), g(3), g(4))
