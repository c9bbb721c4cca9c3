# Exceptions raised inside except* clauses are collected with the re-raised
# and unmatched parts into ExceptionGroup("", [...]).
def run(f):
    try:
        f()
    except BaseException as e:
        print(type(e).__name__, repr(e))
        for x in getattr(e, "exceptions", ()):
            print("   ", repr(x), "context:", repr(x.__context__))

def one_new():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise RuntimeError("from V")
run(one_new)

def two_new_and_rest():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError:
        raise RuntimeError("from V")
    except* TypeError:
        raise OSError("from T")
run(two_new_and_rest)

def new_and_reraised():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
    except* TypeError:
        raise NameError("new")
run(new_and_reraised)

def naked_new():
    # a bare exception: what the clause raises goes on unwrapped
    try:
        raise ValueError("bare")
    except* ValueError:
        raise TypeError("replacement")
run(naked_new)

def raise_new_group():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        raise ExceptionGroup("mine", [ZeroDivisionError()])
run(raise_new_group)

def raise_from():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError as e:
        raise RuntimeError("x") from e
try:
    raise_from()
except ExceptionGroup as g:
    r = g.exceptions[0]
    print(repr(r), repr(r.__cause__), r.__suppress_context__)

def raise_matched_again():
    # `raise e` gives e a new traceback entry: it counts as a new exception
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        raise e
run(raise_matched_again)

def error_in_later_clause_type():
    # a handler's exception and then an error while evaluating a type
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise RuntimeError("lost")
    except* undefined_name:
        pass
run(error_in_later_clause_type)
