# Exceptions raised in else and except clauses.
def f():
    try:
        pass
    except ValueError:
        print("not here")
    else:
        raise KeyError("from else")
try:
    f()
except KeyError as e:
    print("caught", e, e.__context__)
def g():
    try:
        raise ValueError("original")
    except ValueError:
        raise TypeError("replacement")
try:
    g()
except TypeError as e:
    print("caught", e, "context:", repr(e.__context__))
def h():
    try:
        raise ValueError("v")
    except ValueError:
        try:
            raise IndexError("i")
        except IndexError:
            pass
        raise
try:
    h()
except ValueError as e:
    print("re-raised", e)
