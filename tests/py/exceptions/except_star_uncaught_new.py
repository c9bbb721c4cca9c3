# A new exception raised in a clause beside re-raised and unmatched parts:
# the traceback shows the "" group and each part's own chain.
def f():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError:
        raise OSError(4)
    except* TypeError:
        raise

f()
