# TypeError messages from calling builtins wrongly.
tests = [
    lambda: len(),
    lambda: len(1, 2),
    lambda: abs(),
    lambda: isinstance(1),
    lambda: divmod(1),
    lambda: "abc".split(1),
    lambda: [].append(),
    lambda: [].append(1, 2),
    lambda: {}.get(),
    lambda: "x".join(),
    lambda: sorted([1], bogus=1),
    lambda: chr("a"),
]
for t in tests:
    try:
        t()
    except TypeError as e:
        print(type(e).__name__, e)
