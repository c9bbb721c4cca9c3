# repr of nested containers.
x = [1, "two", 3.0, None, True, [4, [5, (6, 7)]], {"k": [8]}, (9,), (), [], {}]
print(x)
print(repr(x) == str(x))
print([["a"], ("b", ["c"]), {1: {2: {3: "d"}}}])
print([1, (2, 3), {4}, frozenset({5})])
print(str(["x"]), str(("y",)), str({"z": "w"}))
print([-0.0, 1e100, float("inf"), "\n"])
