def f(v):
    match v:
        case (1 | 2 | 3) as small:
            return ("small", small)
        case [(0 | 1) as bit, *_] | (bit, "bit"):
            return ("bit", bit)
        case {"kind": "circle" | "disc" as kind, "r": r} | {"shape": kind, "r": r}:
            return (kind, r)
        case str() | bytes() as text:
            return ("text", text)
        case [[a, b] | (a, b, _), *_]:
            return ("nested", a, b)
        case _:
            return "other"
for v in [1, 3, [0, 9], [1], (7, "bit"), {"kind": "disc", "r": 2}, {"shape": "sq", "r": 3},
          "s", b"b", [[1, 2]], [(3, 4, 5), 0], [(3, 4)], 4.5]:
    print(repr(v), f(v))

# the order of evaluation: value patterns are looked up each time
class Counter:
    n = 0
    def __eq__(self, other):
        Counter.n += 1
        print("eq called with", other)
        return other == 2
c = Counter()
class NS:
    val = c
for v in [1, 2]:
    match v:
        case NS.val:
            print(v, "matched Counter")
        case _:
            print(v, "no")
print(Counter.n)
