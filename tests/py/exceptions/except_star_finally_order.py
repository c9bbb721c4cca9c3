# Order of except* clauses, else, finally and the outer handler.
def log(*a):
    print(*a)

def body(exc):
    try:
        log("  body")
        if exc is not None:
            raise exc
        log("  body done")
    except* ValueError:
        log("  V clause")
    except* TypeError:
        log("  T clause")
        raise OSError("from T")
    else:
        log("  else")
    finally:
        log("  finally")
    log("  after try")

for exc in [None, ValueError(1), ExceptionGroup("g", [ValueError(1), TypeError(2)]),
            ExceptionGroup("g", [KeyError(3)]), TypeError(4)]:
    log("case", repr(exc))
    try:
        body(exc)
    except BaseException as e:
        log("  outer got", repr(e))

# the finally may replace what except* would raise
def finally_returns():
    try:
        try:
            raise ExceptionGroup("g", [ValueError(1)])
        except* TypeError:
            pass
        finally:
            return "finally won"
    except ExceptionGroup:
        return "no"
print(finally_returns())

# finally inside an except* clause
try:
    raise ExceptionGroup("g", [ValueError(1)])
except* ValueError:
    try:
        log("clause")
    finally:
        log("clause finally")
log("end")

# a loop around try/except*: break and continue are fine outside the clause
for i in range(3):
    try:
        if i == 1:
            continue
        raise ExceptionGroup("g", [ValueError(i)])
    except* ValueError as e:
        log("iteration", i, repr(e.exceptions[0]))
    finally:
        log("finally", i)
    if i == 2:
        break
