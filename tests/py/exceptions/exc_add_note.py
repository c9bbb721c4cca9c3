import sys, traceback
class _Here:
    """stdout for tracebacks, with this file's directory left out (the
    expected output must not depend on where the checkout is)."""
    def write(self, s):
        return sys.stdout.write(s.replace(__file__.rsplit("/", 1)[0] + "/", ""))

    def flush(self):
        sys.stdout.flush()


e = ValueError("x")
print(hasattr(e, "__notes__"))
e.add_note("first")
e.add_note("second\nline")
print(e.__notes__)
try:
    e.add_note(3)
except TypeError as t:
    print(t)
try:
    e.add_note()
except TypeError as t:
    print(t)
e.__notes__ = "notalist"
try:
    e.add_note("y")
except TypeError as t:
    print(t)
print(e.__notes__)
try:
    raise KeyError("k")
except KeyError as k:
    k.add_note("note on key")
    print(k.__notes__)
    print(traceback.format_exception_only(type(k), k))
def f():
    err = RuntimeError("boom")
    err.add_note("context: f")
    err.add_note("more")
    raise err
try:
    f()
except RuntimeError:
    traceback.print_exc(file=_Here())
eg = ExceptionGroup("grp", [ValueError("a"), TypeError("b")])
eg.exceptions[0].add_note("note a")
eg.add_note("group note")
try:
    raise eg
except ExceptionGroup:
    traceback.print_exc(file=_Here())
x = OSError(2, "nf")
x.__notes__ = ["n1", 5]
try:
    raise x
except OSError:
    traceback.print_exc(file=_Here())
class E(Exception):
    pass
z = E()
z.__notes__ = ("tuple", "notes")
try:
    raise z
except E:
    traceback.print_exc(file=_Here())
err = ValueError("top")
err.add_note("uncaught note")
eg2 = ExceptionGroup("outer", [err, ExceptionGroup("inner", [KeyError(1)])])
eg2.exceptions[1].add_note("inner note")
raise eg2
