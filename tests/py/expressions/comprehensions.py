# List, set and dict comprehensions with nested for / if.
print([x * x for x in range(6)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([[x * y for y in range(1, 4)] for x in range(1, 4)])
print([c.upper() for w in ["ab", "cd"] for c in w if c != "c"])
print({x % 4 for x in range(10)})
print({k: v for k, v in zip("abc", range(3))})
print({v: k for k, v in {"a": 1, "b": 2}.items()})
print({x: [y for y in range(x)] for x in range(4) if x})
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
print([n for row in matrix for n in row if n % 2])
x = "outer"
print([x for x in range(3)], x)
print([(i, j) for i, j in enumerate("xy")])
print([a + b for a, b in [(1, 2), (3, 4)]])
print(sum([i for i in range(100)]), len({i // 10 for i in range(100)}))
