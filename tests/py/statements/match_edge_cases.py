x = [1, 2]
match x:  # comment after the colon
    case [_, _]:
        case = 5
        print("two", case)
    case _:
        pass
case = 3
print(case)
match (x[0],
       x[1]):
    case (1, _): print("tuple over lines")
match \
    x:
    case [1, *_]: print("continued")
def f():
    match x:
        case {"a": _} | [_, 2]:
            return "nested wild"
print(f())
def outer():
    y = 0
    def inner(v):
        nonlocal y
        match v:
            case [y, *_]:
                pass
    inner([42])
    return y
print(outer())
match {"a": {"b": [1, {"c": 2}]}}:
    case {"a": {"b": [1, {"c": deep}]}}:
        print("deep", deep)
match 3:
    case 1 | 2:
        print("no")
print("fallthrough ok")
class P:
    __match_args__ = ("a",)
    def __init__(self, a): self.a = a
match P(P(1)):
    case P(P(a=inner)):
        print("inner", inner)
match 0.0:
    case -0.0:
        print("neg zero equals")
match "abc":
    case "abc" | "def" as s if s.startswith("a"):
        print("guarded", s)
for v in [[], (), [[]], {}, set()]:
    match v:
        case [[]]: print("nested empty")
        case []: print("empty seq", type(v).__name__)
        case {}: print("empty map")
        case _: print("else", v)
