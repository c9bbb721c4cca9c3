# Custom exception hierarchies, suppressing context managers, contextlib helpers, chaining; ends uncaught.
# exceptions & tracebacks with classes
class AppError(Exception):
    def __init__(self, msg, code=500):
        super().__init__(msg)
        self.code = code
    def __str__(self): return f"[{self.code}] {self.args[0]}"
class NotFound(AppError):
    def __init__(self, what): super().__init__(f"{what} not found", 404)
try: raise NotFound("page")
except AppError as e: print(e, repr(e), e.code, isinstance(e, Exception), type(e).__mro__[1].__name__)
class Ctx:
    def __enter__(self): return self
    def __exit__(self, *a):
        print("exit", a[0].__name__ if a[0] else None, a[1]); return isinstance(a[1], KeyError)
with Ctx():
    {}["k"]
print("suppressed")
def gen():
    try:
        yield 1
        yield 2
    except ValueError:
        yield "recovered"
g = gen(); print(next(g), g.throw(ValueError), next(g, "end"))

try:
    1 / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e, e.__traceback__ is not None, e.__traceback__.tb_lineno)
class Res:
    def __init__(self, n): self.n = n; print("open", n)
    def close(self): print("close", self.n)
from contextlib import closing, suppress, ExitStack
with closing(Res(1)): print("using")
with suppress(ZeroDivisionError): 1 / 0
with ExitStack() as st:
    for i in range(2): st.callback(print, "cb", i)
    print("in stack")
e = ExceptionGroup("grp", [ValueError(1), TypeError(2)])
print(repr(e), e.exceptions, e.split(ValueError)[0])
try:
    raise ValueError("inner")
except ValueError as e:
    try: raise RuntimeError("outer") from e
    except RuntimeError as r: print(repr(r.__cause__), r.__context__ is e)
class Weird(Exception):
    pass
print(str(Weird()), repr(Weird(1, 2)), Weird("a").args)
raise NotFound("final")
