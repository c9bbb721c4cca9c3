# ExceptionGroup / BaseExceptionGroup construction rules, split, subgroup, derive.
eg = ExceptionGroup("eg", [ValueError(1), TypeError(2), ExceptionGroup("n", [ValueError(3), KeyError(4)])])
print(repr(eg))
print(str(eg), eg.message, len(eg.exceptions))
match, rest = eg.split(ValueError)
print(repr(match))
print(repr(rest))
print(repr(eg.split((ValueError, KeyError))))
print(repr(eg.subgroup(lambda e: isinstance(e, TypeError))))
print(eg.subgroup(OSError), eg.subgroup(Exception) is eg)
print(repr(eg.derive([OSError(5)])))
b = BaseExceptionGroup("base", [KeyboardInterrupt()])
print(type(b).__name__, isinstance(b, Exception))
print(type(BaseExceptionGroup("x", [ValueError()])).__name__)
print(isinstance(eg, Exception), issubclass(ExceptionGroup, BaseExceptionGroup))
for args in [(1, [ValueError()]), ("m", 1), ("m", []), ("m", [1]), ("m",)]:
    try:
        BaseExceptionGroup(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    ExceptionGroup("m", [KeyboardInterrupt()])
except TypeError as e:
    print("TypeError:", e)
try:
    eg.split(1)
except TypeError as e:
    print("TypeError:", e)
try:
    raise eg
except ExceptionGroup as caught:
    print("caught", caught is eg, caught.__traceback__ is not None)
