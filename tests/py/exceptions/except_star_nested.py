# Nested try/except* in bodies and in clauses.
def leaves(e):
    if isinstance(e, BaseExceptionGroup):
        return [x for y in e.exceptions for x in leaves(y)]
    return [e]

try:
    try:
        raise ExceptionGroup("outer", [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError as v:
        print("inner V", repr(v))
        try:
            raise ExceptionGroup("fromclause", [IndexError(4), ZeroDivisionError(5)])
        except* IndexError as i:
            print("inner-inner I", repr(i))
        # the ZeroDivisionError escapes this clause and joins the result
except* TypeError as t:
    print("outer T", repr(t))
except* ZeroDivisionError as z:
    print("outer Z", repr(z))
    print("  its context:", repr(z.exceptions[0].exceptions[0].__context__))
except* KeyError as k:
    print("outer K", repr(k))

# except* inside a plain except clause and the reverse
try:
    raise RuntimeError("plain")
except RuntimeError as r:
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError as e:
        print("star inside plain:", repr(e), repr(e.__context__))

try:
    raise ExceptionGroup("g", [ValueError(1)])
except* ValueError as e:
    try:
        raise KeyError("k")
    except KeyError as k:
        print("plain inside star:", repr(k), repr(k.__context__))

# deep nesting keeps every level in the remainder
eg = ExceptionGroup("a", [ExceptionGroup("b", [ExceptionGroup("c", [ValueError(1), TypeError(2)])]), TypeError(3)])
try:
    try:
        raise eg
    except* ValueError:
        pass
except ExceptionGroup as rest:
    print(repr(rest))
    print([repr(x) for x in leaves(rest)])

# in a function, with locals bound and deleted in clauses
def locals_flow(n):
    x = "start"
    try:
        raise ExceptionGroup("g", [ValueError(n)])
    except* ValueError:
        if n > 1:
            del x
        else:
            y = "set in clause"
    try:
        print("x =", x)
    except UnboundLocalError as e:
        print(e)
    try:
        print("y =", y)
    except UnboundLocalError as e:
        print(e)
locals_flow(1)
locals_flow(2)
