# except* rejects group types and non-exception classes, with CPython's
# messages; the caught exception becomes the context.
def attempt(label, t):
    try:
        try:
            raise ValueError(label)
        except* t:
            print("no")
    except Exception as e:
        print(label, type(e).__name__, e, "| context:", repr(e.__context__))

attempt("group", ExceptionGroup)
attempt("base group", BaseExceptionGroup)
attempt("tuple with group", (ValueError, ExceptionGroup))
attempt("int", 1)
attempt("class", int)
attempt("tuple with int", (ValueError, int))
attempt("tuple with both", (int, ExceptionGroup))

class MyGroup(ExceptionGroup):
    pass
attempt("subclass", MyGroup)

# the check comes before any matching, even with nothing left to match
try:
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError:
        pass
    except* ExceptionGroup:
        pass
except TypeError as e:
    print("second clause:", e, repr(e.__context__))

# a plain except may still catch groups
try:
    raise ExceptionGroup("g", [ValueError(1)])
except ExceptionGroup as e:
    print("plain except:", repr(e))
