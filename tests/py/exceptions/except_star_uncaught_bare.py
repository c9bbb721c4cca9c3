# A bare exception replaced inside an except* clause: the wrapper group
# (with no traceback) is the context of the new one.
def f():
    try:
        raise ValueError(1)
    except* ValueError:
        raise TypeError(2)

f()
