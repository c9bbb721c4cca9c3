# Bare `raise` of a wrapped bare exception propagates the wrapper group.
def f():
    try:
        raise ValueError(1)
    except* ValueError:
        raise

f()
