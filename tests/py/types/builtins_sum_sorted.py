# sum with start, sorted and reversed.
print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum([]), sum([], 5), sum(range(5), start=100))
print(sum([[1], [2, 3]], []), sum([0.5, 0.25]), sum((x * x for x in range(4))))
print(sorted([3, 1, 2]), sorted([3, 1, 2], reverse=True), sorted("bca"), sorted({2: 0, 1: 0}))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(3))), list(reversed((1, 2))))
print(type(reversed([1])).__name__, type(reversed(range(2))).__name__)
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum([1, "a"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    reversed({1, 2})
except TypeError as e:
    print(type(e).__name__, e)
