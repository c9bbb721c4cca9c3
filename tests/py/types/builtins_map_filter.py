# map, filter, any, all.
print(list(map(str, [1, 2, 3])), list(map(lambda x, y: x * y, [1, 2, 3], [4, 5])))
print(list(map(len, ["a", "bb", ""])), list(map(int, "123")))
print(list(filter(None, [0, 1, "", "a", [], [0], None])), list(filter(lambda x: x > 2, range(6))))
print(any([]), all([]), any([0, None, ""]), any([0, 3]), all([1, "a"]), all([1, 0]))
print(any(x > 3 for x in range(5)), all(x < 5 for x in range(5)))
m = map(abs, [-1, -2])
print(next(m), next(m), list(m))
calls = []
def check(x):
    calls.append(x)
    return x > 1
print(any(map(check, [0, 1, 2, 3, 4])), calls)
