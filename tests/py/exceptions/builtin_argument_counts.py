# Wrong argument counts for builtins and str methods: CPython's texts, which
# depend on how CPython parses each one (clinic, ParseTuple, custom).
names = ["find", "rfind", "index", "rindex", "count", "startswith", "endswith", "zfill", "partition",
         "rpartition", "removeprefix", "removesuffix", "split", "rsplit", "splitlines", "expandtabs",
         "encode", "strip", "replace", "center"]
for n in names:
    m = getattr("abc", n)
    for args in [(), (1, 2, 3, 4, 5)]:
        try:
            m(*args)
            print(n, "ok")
        except TypeError as e:
            print(n, e)
calls = [lambda: round(1, 2, 3), lambda: pow(1, 2, 3, 4), lambda: sum(1, 2, 3), lambda: enumerate([], 1, 2),
         lambda: str(1, 2, 3, 4), lambda: "a".split("a", 1, 2), lambda: "a".split("a", 1, maxsplit=2),
         lambda: "a".split(x=1), lambda: round(number=1.5, ndigits=1, x=2), lambda: sorted([], key=None, x=1),
         lambda: min(1, 2, x=2), lambda: max([1], key=None, x=1), lambda: min(1, 2, key=None, default=1, x=2),
         lambda: max(), lambda: min(1, 2, default=0), lambda: str(b"a", 1), lambda: str(b"a", "utf-8", 1),
         lambda: str(1, "utf-8"), lambda: str("a", "utf-8"), lambda: zip(1, 2), lambda: zip([], 2),
         lambda: list(zip([1], None))]
for f in calls:
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)
