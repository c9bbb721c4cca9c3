# An uncaught nested ExceptionGroup prints CPython's nested boxes.
def fail():
    raise KeyError("k")

try:
    fail()
except KeyError as e:
    inner = e

try:
    raise OSError("with context")
except OSError:
    eg = ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError(2), inner])])
    raise eg
