# except* odds and ends: generator close in a clause, closures over the name,
# finally, class bodies, with in clauses, re-raise from a called function.
import sys
def gen():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError:
        yield 1
        print("not reached")
g = gen()
print(next(g))
try:
    g.close()
    print("closed")
except BaseException as e:
    print("close:", type(e).__name__, repr(e))

def cell():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError as e:
        f = lambda: e
        print(repr(f()))
    try:
        f()
    except NameError as x:
        print(type(x).__name__, x)
cell()

def fin():
    try:
        try:
            raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
        except* ValueError:
            pass
        finally:
            print("finally exc_info:", repr(sys.exc_info()[1]))
    except ExceptionGroup as e:
        print(repr(e))
fin()

def loop_ret():
    for i in range(3):
        try:
            raise ExceptionGroup("g", [ValueError(i)])
        except* ValueError:
            pass
        else:
            pass
        finally:
            if i == 1:
                return "returned in finally"
print(loop_ret())

class C:
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError as e:
        x = repr(e)
print(C.x, hasattr(C, "e"))

def w():
    class CM:
        def __enter__(self): return self
        def __exit__(self, *a):
            print("exit", a[0].__name__ if a[0] else None)
            return True
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        with CM():
            raise KeyError(1)
        print("suppressed")
    except* TypeError:
        with CM():
            pass
w()
x = 0
try:
    raise ExceptionGroup("g", [ValueError(1)])
except* ValueError as x:
    pass
print("x" in dir())
def uu():
    try:
        raise ExceptionGroup("g",[ValueError(1)])
    except* ValueError:
        raise
    except* 1:
        pass
try: uu()
except Exception as e: print(repr(e), repr(e.__context__))
