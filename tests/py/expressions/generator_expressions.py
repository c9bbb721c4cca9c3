# Generator expressions are lazy and single-use.
g = (x * 2 for x in range(5))
print(type(g).__name__)
print(next(g), next(g))
print(list(g))
print(list(g))
print(sum(x * x for x in range(10)))
print(max(len(w) for w in ["a", "abc", "ab"]))
print(",".join(str(i) for i in range(4)))
log = []
def noisy(n):
    log.append(n)
    return n
gen = (noisy(i) for i in range(3))
print(log)
print(next(gen), log)
print(list((i, j) for i in range(2) for j in "ab" if j != "a"))
print(any(x > 3 for x in [1, 5]), all(x > 3 for x in [1, 5]))
print(sorted((x for x in [3, 1, 2]), reverse=True))
it = iter(x for x in [])
print(next(it, "exhausted"))
try:
    next(it)
except StopIteration:
    print("StopIteration")
