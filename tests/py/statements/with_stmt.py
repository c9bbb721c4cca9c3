# with statements: single, multiple targets, exceptions, suppression.
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.suppress
with CM("a") as a:
    print("body", a)
with CM("b") as b, CM("c") as c:
    print("body", b, c)
with CM("d"), CM("e") as e:
    print("body", e)
with CM("s", suppress=True):
    raise ValueError("suppressed")
print("after suppressed")
try:
    with CM("p"):
        raise KeyError("propagates")
except KeyError as err:
    print("caught", err)
with (CM("x") as x,
      CM("y") as y):
    print("parenthesized", x, y)
def early():
    with CM("r"):
        return "returned"
print(early())
with CM("t") as (first, *rest):
    print(first, rest)
from contextlib import contextmanager
@contextmanager
def tag(name):
    print("<%s>" % name)
    yield name
    print("</%s>" % name)
with tag("p") as t:
    print("text in", t)
