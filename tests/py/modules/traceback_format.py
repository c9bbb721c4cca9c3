# traceback.format_exc/format_exception/format_exception_only: the same text
# as the interpreter prints, as a list split per entry.  (Failing calls stand
# alone on their lines, so no ^^^ markers: traceback_carets_* test those.)
import sys, traceback
HERE = __file__.rsplit("/", 1)[0] + "/"
def clean(x):
    return x.replace(HERE, "") if isinstance(x, str) else [clean(s) for s in x]
def g():
    raise ValueError("bad")
def f():
    g()
try:
    f()
except ValueError:
    print(clean(traceback.format_exc()), end="")
    e = sys.exception()
print(clean(traceback.format_exception(e)))
print(traceback.format_exception_only(e))
print(traceback.format_exception_only(ValueError, e))
print(traceback.format_exception(type(e), e, e.__traceback__) == traceback.format_exception(e))
try:
    try:
        f()
    except ValueError as e2:
        raise KeyError("k") from e2
except KeyError as k:
    print(clean("".join(traceback.format_exception(k))), end="")
    print(clean(traceback.format_exception(k)))
    print(clean("".join(traceback.format_exception(k, chain=False))), end="")
try:
    try:
        g()
    except ValueError:
        raise KeyError("x")
except KeyError as k:
    traceback.print_exception(k, file=sys.stdout) if False else None
    print(clean(traceback.format_exception(k)))
print(repr(traceback.format_exc()))
try:
    compile("a b", "<q>", "exec")
except SyntaxError as se:
    print(traceback.format_exception_only(se))
class MyErr(Exception):
    def __str__(self):
        return "custom"
print(traceback.format_exception_only(MyErr()))
print(traceback.format_exception_only(KeyError()))
