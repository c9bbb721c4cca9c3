# The first matching except clause wins.
def classify(exc):
    try:
        raise exc
    except KeyError:
        return "KeyError"
    except LookupError:
        return "LookupError"
    except ArithmeticError:
        return "ArithmeticError"
    except Exception:
        return "Exception"

for exc in [KeyError("k"), IndexError("i"), ZeroDivisionError(), OverflowError(), ValueError(), LookupError()]:
    print(type(exc).__name__, "->", classify(exc))
try:
    raise ValueError
except Exception as e:
    print("class raised:", repr(e))
