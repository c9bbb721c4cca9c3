# AttributeError texts on built-in types.
tests = [
    lambda: (5).foo,
    lambda: "s".foo,
    lambda: [].foo,
    lambda: {}.foo,
    lambda: None.foo,
    lambda: (1,).append,
    lambda: (1.5).qqq,
    lambda: len.zzz,
]
for t in tests:
    try:
        t()
    except AttributeError as e:
        print(type(e).__name__, e)
try:
    (5).real = 3
except AttributeError as e:
    print(type(e).__name__, e)
try:
    "abc".upper = None
except AttributeError as e:
    print(type(e).__name__, e)
