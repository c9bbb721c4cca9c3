# Common list errors.
a = [1, 2, 3]
tests = [
    lambda: a[3],
    lambda: a[-4],
    lambda: a["0"],
    lambda: a[1.0],
    lambda: a.index(7),
    lambda: [].pop(),
    lambda: a.no_such_method(),
    lambda: list(5),
]
for t in tests:
    try:
        t()
    except Exception as e:
        print(type(e).__name__, e)
try:
    a[5] = 0
except IndexError as e:
    print(type(e).__name__, e)
