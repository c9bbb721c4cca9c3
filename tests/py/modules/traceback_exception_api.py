# TracebackException: from_exception, stack, chain, format(chain=), format_exception_only, print, equality.
import sys, traceback
HERE = __file__.rsplit("/", 1)[0] + "/"
def clean(x):
    return x.replace(HERE, "") if isinstance(x, str) else [clean(s) for s in x]
class Out:
    def write(self, s):
        sys.stdout.write(clean(s))
OUT = Out()
def inner(n):
    raise ValueError("boom %d" % n)
def outer():
    try:
        inner(1)
    except ValueError as e:
        raise KeyError("k") from e
try:
    outer()
except KeyError as e:
    err = e
te = traceback.TracebackException.from_exception(err)
print(te.exc_type.__name__, str(te), te.__suppress_context__, te.__notes__)
print(type(te.stack).__name__, [f.name for f in te.stack])
print(te.__cause__.exc_type.__name__, [f.name for f in te.__cause__.stack])
print(te.__context__ is None or te.__context__.exc_type.__name__)
print(clean("".join(te.format())), end="")
print("--")
print(clean("".join(te.format(chain=False))), end="")
print(list(te.format_exception_only()))
te2 = traceback.TracebackException(type(err), err, err.__traceback__)
print(te == te2, te == 1)
te3 = traceback.TracebackException(type(err), err, err.__traceback__, limit=1)
print(te == te3, len(te3.stack))
te.print(file=OUT)
print("--")
traceback.print_exception(err, limit=1, file=OUT)
print(clean(traceback.format_exception(type(err), err, err.__traceback__, limit=-1)))
try:
    try:
        int("x")
    except ZeroDivisionError:
        raise TypeError("ctx")
except TypeError as e:
    e.add_note("note one")
    e.add_note("note\ntwo")
    te = traceback.TracebackException.from_exception(e)
    print(te.__notes__, te.__context__.exc_type.__name__, te.__cause__)
    print(clean(traceback.format_exc()), end="")
try:
    raise ValueError("locals")
except ValueError as e:
    te = traceback.TracebackException.from_exception(e, capture_locals=True)
    print(type(te.stack[0].locals).__name__)
print(traceback.format_exception_only(KeyError("x")))
te = traceback.TracebackException(ValueError, None, None)
print(list(te.format()))
class Bad(Exception):
    def __str__(self):
        raise RuntimeError
print(traceback.format_exception_only(Bad()))
try:
    compile("x = (", "<src>", "exec")
except SyntaxError as e:
    te = traceback.TracebackException.from_exception(e)
    print(te.filename, te.lineno, te.msg, te.offset, repr(te.text))
    print(list(te.format_exception_only()))
