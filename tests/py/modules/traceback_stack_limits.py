# Recursion in StackSummary.format, limit= and sys.tracebacklimit, stack functions, exception groups.
import sys, traceback
HERE = __file__.rsplit("/", 1)[0] + "/"
def clean(x):
    return x.replace(HERE, "") if isinstance(x, str) else [clean(s) for s in x]
class Out:
    def write(self, s):
        sys.stdout.write(clean(s))
OUT = Out()
def rec(n):
    if n == 0:
        raise RuntimeError("bottom")
    rec(n - 1)
try:
    rec(8)
except RuntimeError as e:
    err = e
print(clean("".join(traceback.format_exception(err))), end="")
print(clean("".join(traceback.format_exception(err, limit=5))), end="")
print(clean(traceback.format_tb(err.__traceback__, limit=-2)))
sys.tracebacklimit = 2
print(clean(traceback.format_exception(err)))
print(len(traceback.extract_tb(err.__traceback__)))
del sys.tracebacklimit
print(len(traceback.extract_tb(err.__traceback__)))
def a():
    b()
def b():
    traceback.print_stack(file=OUT, limit=2)
    print(clean(traceback.format_stack(limit=1)))
    print([f.name for f in traceback.extract_stack()])
    print([f.name for f in traceback.extract_stack(sys._getframe(1))])
    st = traceback.StackSummary.extract(traceback.walk_stack(sys._getframe()), limit=2)
    print([(f.name, f.lineno) for f in st])
a()
try:
    raise ExceptionGroup("grp", [ValueError("v"), TypeError("t")])
except ExceptionGroup as g:
    print(clean("".join(traceback.format_exception(g))), end="")
    te = traceback.TracebackException.from_exception(g)
    print(len(te.exceptions), [x.exc_type.__name__ for x in te.exceptions])
print(clean(traceback.format_exc()), end="")
traceback.print_exc(file=OUT)
try:
    raise ValueError("plain")
except ValueError:
    traceback.print_exc(limit=0, file=OUT)
    print(traceback.format_exc(chain=False).splitlines()[-1])
