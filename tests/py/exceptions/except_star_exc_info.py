# sys.exc_info() in except*: the matched part while and after a clause runs,
# the original before the first match; the previous one after the try.
import sys

def cur():
    return repr(sys.exc_info()[1])

def typ(t):
    print("  evaluating", t.__name__, "with", cur())
    return t

try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3)])
except* typ(OSError):
    print("no")
except* typ(ValueError):
    print("  V clause:", cur())
    raise RuntimeError("r")
except* typ(TypeError) as e:
    print("  T clause:", cur(), sys.exc_info()[1] is e)
except* typ(KeyError):
    print("  K clause:", cur())
print("after:", cur())

# nested in an except clause: the outer exception comes back afterwards
try:
    raise LookupError("outer")
except LookupError:
    try:
        raise ValueError("v")
    except* ValueError:
        print("inner:", cur())
    print("restored:", cur())

# the context of an exception raised in a clause is the matched part
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* TypeError:
        raise KeyError("k")
except ExceptionGroup as g:
    k = g.exceptions[0]
    print(repr(k), "context", repr(k.__context__))
    print(repr(g.exceptions[1]), repr(g.__context__))
