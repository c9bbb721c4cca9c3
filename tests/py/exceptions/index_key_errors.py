# IndexError and KeyError texts from common operations.
tests = [
    lambda: [1][5],
    lambda: (1, 2)[2],
    lambda: "ab"[2],
    lambda: range(3)[3],
    lambda: [].pop(),
    lambda: [1].pop(3),
    lambda: {"a": 1}["b"],
    lambda: {1: 2}[3],
    lambda: set().pop(),
    lambda: {}.popitem(),
    lambda: [[1]][0][1],
]
for t in tests:
    try:
        t()
    except LookupError as e:
        print(type(e).__name__, e)
