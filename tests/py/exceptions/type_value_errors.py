# TypeError and ValueError texts from common operations.
no_index = None
tests = [
    lambda: "a" + 1,
    lambda: len(5),
    lambda: [1, 2][no_index],
    lambda: {}[[]],
    lambda: int("1.5"),
    lambda: float("x"),
    lambda: [1].index(2),
    lambda: "abc".index("d"),
    lambda: list("ab").remove("c"),
    lambda: int("99", 8),
    lambda: "%d" % "s",
    lambda: iter(3),
    lambda: sorted([1, None]),
    lambda: (1, 2) < (1, "a"),
]
for t in tests:
    try:
        t()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
