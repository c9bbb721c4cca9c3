# e.args, str() and repr() for 0/1/2 arguments.
for exc in [ValueError(), ValueError("one"), ValueError("a", 2), KeyError(), KeyError("k"),
            KeyError("k", "j"), Exception(42), IndexError(None), RuntimeError(""), TypeError([1, 2])]:
    print(repr(exc), "|", str(exc), "|", exc.args, "|", len(exc.args))
e = OSError(2, "No such file")
print(e.args, e.errno, e.strerror, str(e))
s = StopIteration(5)
print(s.value, s.args)
print(repr(ZeroDivisionError("division by zero")))
