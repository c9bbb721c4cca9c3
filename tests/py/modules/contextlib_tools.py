# contextlib: contextmanager (enter/exit, exceptions, use as decorator),
# suppress, nullcontext, closing, ExitStack, redirect_stdout.
from contextlib import contextmanager, suppress, nullcontext, closing, ExitStack, redirect_stdout


@contextmanager
def tag(name):
    print("<%s>" % name)
    try:
        yield name.upper()
    finally:
        print("</%s>" % name)


with tag("h1") as t:
    print("inside", t)
try:
    with tag("b"):
        raise ValueError("boom")
except ValueError as e:
    print("caught", e)


@contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print("swallowed", e)


with swallow():
    raise KeyError(1)
print("after")
with suppress(ZeroDivisionError, KeyError):
    1 / 0
print("suppressed")
with nullcontext(5) as v:
    print(v)


class Resource:
    def close(self):
        print("closed")


with closing(Resource()) as r:
    print("using", type(r).__name__)


@tag("deco")
def f():
    print("in f")


f()
f()
with ExitStack() as stack:
    stack.callback(print, "callback 1")
    x = stack.enter_context(tag("es"))
    stack.callback(print, "callback 2")
    print("body", x)


class Capture:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


cap = Capture()
with redirect_stdout(cap):
    print("hidden", 1)
print(cap.parts)


@contextmanager
def no_yield():
    if False:
        yield


@contextmanager
def two_yields():
    yield
    yield


for cm in (no_yield, two_yields):
    try:
        with cm():
            pass
    except RuntimeError as e:
        print(e)
