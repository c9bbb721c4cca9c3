# The remainder no clause matched propagates with its traceback.
def g():
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])

def f():
    try:
        g()
    except* ValueError as e:
        print("caught", repr(e))

f()
