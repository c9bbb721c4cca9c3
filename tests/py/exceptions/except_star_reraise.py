# `raise` in an except* clause re-raises the matched part; what is
# re-raised and what no clause matched come back in the original shape.
import sys

def run(f):
    try:
        f()
    except BaseException as e:
        print(type(e).__name__, repr(e))

def tree():
    return ExceptionGroup("eg", [
        ValueError(1), TypeError(2),
        ExceptionGroup("in", [ValueError(3), KeyError(4)]),
    ])

def reraise_one():
    try:
        raise tree()
    except* ValueError:
        raise
run(reraise_one)

def reraise_two():
    try:
        raise tree()
    except* ValueError:
        raise
    except* KeyError:
        raise
run(reraise_two)

def reraise_all():
    try:
        raise tree()
    except* ValueError:
        raise
    except* TypeError:
        raise
    except* KeyError:
        raise
run(reraise_all)

def handle_all_but_reraise_none():
    try:
        raise tree()
    except* ValueError:
        pass
    except* (TypeError, KeyError):
        pass
    print("all handled", sys.exc_info())
run(handle_all_but_reraise_none)

def bare_reraise():
    try:
        raise ValueError("naked")
    except* ValueError:
        raise
run(bare_reraise)

def unmatched_bare():
    try:
        raise ValueError("naked")
    except* TypeError:
        pass
run(unmatched_bare)

# re-raised parts keep the original traceback, cause and context
def with_cause():
    try:
        raise ExceptionGroup("c", [ValueError(1), TypeError(2)]) from KeyError("why")
    except* ValueError:
        raise
try:
    with_cause()
except ExceptionGroup as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)

# add_note on the matched part does not make it a new exception
def noted():
    try:
        raise ExceptionGroup("n", [ValueError(1)])
    except* ValueError as e:
        e.add_note("added in the clause")
        raise
run(noted)
