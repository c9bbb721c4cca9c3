# Generator expressions are lazy and single-use.
g = (n * n for n in range(4))
print(type(g).__name__)
print(next(g), next(g))
print(list(g), list(g))
log = []
def noisy(x):
    log.append(x)
    return x
g2 = (noisy(x) for x in range(5))
print(log)
print(next(g2), log)
print(sum(x for x in range(10) if x % 3 == 0))
print(max(len(w) for w in ["a", "abc", "ab"]))
print(",".join(str(i) for i in range(5)))
print(any(x > 100 for x in range(10 ** 9)))
