# Augmented assignment on subscripts and attributes evaluates the target once.
calls = []
def key(k):
    calls.append(k)
    return k

d = {"a": 1}
d[key("a")] += 10
print(d, calls)
lst = [1, 2, 3]
lst[key(0)] *= 5
lst[-1] -= 1
print(lst, calls)
counts = {}
for w in "the cat the hat the end".split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
grid = [[0] * 3 for _ in range(2)]
grid[1][2] += 7
grid[0][0] -= 1
print(grid)
def ns():
    pass
ns.value = 10
ns.value += 5
ns.value //= 2
print(ns.value)
class Box:
    pass
bx = Box()
bx.items = [1]
bx.items += [2]
bx.items[0] += 100
print(bx.items)
