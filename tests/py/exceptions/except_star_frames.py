# except* and frames: bare raise in a called function (a new traceback entry
# makes it a new exception), handled exceptions inside clauses, locals.
import sys
def reraiser():
    raise
def f():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        reraiser()
try: f()
except ExceptionGroup as e: print(repr(e))
def g():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as m:
        try:
            raise KeyError(1)
        except KeyError:
            pass
        print(sys.exc_info()[1] is m)
    except* TypeError:
        pass
    print("ok", sys.exc_info())
g()
def h():
    # exception from a clause's with-exit and async-looking things
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError as m:
        del m
try: h()
except Exception as e: print(repr(e))
def k():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError as m:
        m = 5
    return locals()
print(k())
async def co():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        raise
c = co()
try: c.send(None)
except ExceptionGroup as e: print("coro", repr(e))
for i in range(2):
    try:
        raise ValueError(i)
    except* ValueError:
        for j in range(3):
            if j == 1: break
            if j == 0: continue
print(i, j)
