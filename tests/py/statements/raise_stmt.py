# raise in its forms, caught.
def check(n):
    if n < 0:
        raise ValueError("negative: %d" % n)
    return n
for v in (1, -1):
    try:
        print(check(v))
    except ValueError as e:
        print("caught", type(e).__name__, e, e.args)
try:
    raise KeyError
except KeyError as e:
    print("class raise", repr(e))
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise
except ZeroDivisionError as e:
    print("re-raised", e)
try:
    try:
        int("x")
    except ValueError as inner:
        raise RuntimeError("wrapped") from inner
except RuntimeError as e:
    print(e, "| cause:", repr(e.__cause__), "| context:", e.__context__ is e.__cause__)
try:
    try:
        {}["k"]
    except KeyError:
        raise TypeError("during handling")
except TypeError as e:
    print(e, "| implicit context:", repr(e.__context__), e.__cause__)
try:
    try:
        raise OSError("first")
    except OSError:
        raise ValueError("second") from None
except ValueError as e:
    print(e, e.__cause__, e.__suppress_context__)
e = Exception("a", 1)
print(e.args, str(e), repr(e))
print(str(Exception("one")), repr(Exception()), str(Exception()))
