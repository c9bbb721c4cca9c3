# Each except* clause takes its part of the group; the rest goes on to the
# next clause; nesting is kept in every part.
def show(tag, e):
    def walk(x, depth):
        if isinstance(x, BaseExceptionGroup):
            print("  " * depth + "%s(%r)" % (type(x).__name__, x.message))
            for y in x.exceptions:
                walk(y, depth + 1)
        else:
            print("  " * depth + repr(x))
    print(tag)
    walk(e, 1)

eg = ExceptionGroup("top", [
    ValueError(1),
    TypeError(2),
    ExceptionGroup("inner", [ValueError(3), KeyError(4), ExceptionGroup("deep", [TypeError(5)])]),
    OSError(6),
])
try:
    try:
        raise eg
    except* ValueError as e:
        show("values", e)
    except* TypeError as e:
        show("types", e)
    except* ValueError as e:
        print("a second ValueError clause never matches", e)
    except* KeyError as e:
        show("keys", e)
except Exception as rest:
    show("rest", rest)
    print(rest.__traceback__ is eg.__traceback__)

# a clause that matches the whole group gets the group itself
try:
    raise eg
except* Exception as e:
    print("whole:", e is eg)

# LookupError covers KeyError; only OSError is left to match
try:
    try:
        raise ExceptionGroup("g", [KeyError("a"), IndexError("b"), OSError("c")])
    except* LookupError as e:
        show("lookup", e)
except* OSError as e:
    show("outer", e)

# a group subclass: the parts come from derive()
class MyGroup(ExceptionGroup):
    def derive(self, excs):
        print("derive", excs)
        return MyGroup(self.message.upper(), excs)

try:
    try:
        raise MyGroup("mine", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        print(type(e).__name__, repr(e))
except MyGroup as e:
    print("left", type(e).__name__, repr(e))
