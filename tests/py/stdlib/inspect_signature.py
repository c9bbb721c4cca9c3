# str/repr of signatures of plain functions: defaults, *args, keyword-only,
# positional-only, **kwargs, annotations and return annotations.
import inspect
from typing import List, Optional

def f0(): pass
def f1(a, b=2, *args, c, d=4, **kw): pass
def f2(a, /, b, *, c): pass
def f3(x: int, y: "str" = "s", *rest: float, flag: bool = False, **opts: dict) -> list: pass
def f4(p, q=None, /, r=[1, 2], *, s=(3,)): pass
def f5(x: List[int], y: Optional[str] = None) -> "Result": pass
def f6(*, only): pass
def f7(a, b, /): pass
def f8(x: list[int], y: int | None = None) -> dict[str, int]: pass
lam = lambda a, *b, c=1: 0

for fn in (f0, f1, f2, f3, f4, f5, f6, f7, f8, lam):
    sig = inspect.signature(fn)
    print(fn.__name__, sig)
sig = inspect.signature(f1)
print(repr(sig))
for name, p in sig.parameters.items():
    print(name, repr(p), p.kind, p.kind.description, p.default is p.empty, int(p.kind))
print(list(inspect.signature(f3).parameters))
print(inspect.signature(f3).return_annotation, inspect.signature(f0).return_annotation is inspect.Signature.empty)
p = inspect.signature(f3).parameters["x"]
print(p.name, p.annotation, p.default, repr(p.kind))
print(inspect.signature(f1) == inspect.signature(f1), inspect.signature(f1) == inspect.signature(f2))
print(inspect.Parameter.empty, inspect.Parameter.KEYWORD_ONLY)
