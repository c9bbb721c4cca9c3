# Tuple, list, dict and set displays.
print((), (1,), (1, 2), 1, 2 if False else (1, 2))
t = 1, 2, 3
print(t, type(t).__name__)
print([], [1], [1, 2, ], [[], [[]]])
print({}, type({}).__name__, {1: "a", 2: "b", 1: "c"})
print({1, 2, 3}, {3, 2, 1} == {1, 2, 3}, set(), type({1}).__name__)
print({(1, 2): [1, 2], None: 0, True: "t", 1.5: "f"})
print(len({1, 1, 1, 2}), {0, False}, {1: 1, True: 2})
d = {"k" + str(i): i * i for i in range(3)}
print(d)
print(sorted({5, 3, 9, 1}), len({5, 3, 9, 1}))
print([1, 2] == [1, 2], (1, 2) == [1, 2], {1: 2} == {1: 2})
