# split()/subgroup() parts: __suppress_context__ is set, context and cause copied.
try:
    try:
        raise KeyError("ctx")
    except KeyError:
        raise ExceptionGroup("x", [ValueError(1), TypeError(2)])
except ExceptionGroup as g:
    m, r = g.split(ValueError)
    print(g.__suppress_context__, m.__suppress_context__, r.__suppress_context__)
    print(repr(m.__context__), m.__cause__)
    s = g.subgroup(TypeError)
    print(s.__suppress_context__, repr(s.__context__))
