# Caret lines in chained tracebacks (cause and context), through
# format_exception, TracebackException and print_exception.
import sys, traceback
HERE = __file__.rsplit("/", 1)[0] + "/"
def clean(x):
    return x.replace(HERE, "") if isinstance(x, str) else [clean(s) for s in x]
def show(fn):
    try:
        fn()
    except BaseException:
        print(clean(traceback.format_exc()), end="")
class Out:
    def write(self, s):
        sys.stdout.write(clean(s))
d = {}
def lookup(k):
    return d[k] + 1
def convert(k):
    try:
        v = lookup(k)
    except KeyError as e:
        raise ValueError("no " + k) from e
    return v
def handle(k):
    try:
        return convert(k)
    except ValueError:
        return 1 / len(d)
try:
    handle("key")
except ZeroDivisionError as e:
    err = e
print(clean("".join(traceback.format_exception(err))), end="")
print("--")
te = traceback.TracebackException.from_exception(err)
print(clean("".join(te.format(chain=False))), end="")
print("--")
traceback.print_exception(err, limit=1, file=Out())
print("--")
print(clean(traceback.format_tb(err.__context__.__traceback__)))
print(clean(traceback.format_tb(err.__context__.__cause__.__traceback__)))
