# except* (PEP 654): a bare exception is matched as a group of one; the
# `as` name is the matched part and is unbound after the clause.
try:
    raise ValueError("bare")
except* ValueError as eg:
    print("caught", repr(eg), type(eg).__name__)
    print("leaf", repr(eg.exceptions[0]), eg.message == "")
    print("traceback of wrapper", eg.__traceback__)
try:
    eg
except NameError as e:
    print("after:", e)

# no exception: else then finally
try:
    print("body")
except* ValueError:
    print("not here")
else:
    print("else")
finally:
    print("finally")

# handled: neither else nor the rest of the clauses
try:
    raise ExceptionGroup("g", [KeyError("k")])
except* KeyError as e:
    print("K", repr(e))
except* ValueError:
    print("not here")
else:
    print("not here either")
finally:
    print("finally 2")

# a tuple of types, and the space in `except *T`
try:
    raise ExceptionGroup("g", [OSError(1), ZeroDivisionError(2)])
except *(OSError, ZeroDivisionError) as e:
    print("tuple", repr(e))

# the name is unbound even when the clause raised
def f():
    try:
        try:
            raise TypeError(1)
        except* TypeError as err:
            raise RuntimeError("inside")
    except* RuntimeError:
        pass
    try:
        return err
    except UnboundLocalError as e:
        return str(e)
print(f())

# a global name: deleted after the clause
try:
    raise ValueError(3)
except* ValueError as gname:
    pass
print("gname" in globals())
