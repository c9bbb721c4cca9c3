# BaseException leaves make a BaseExceptionGroup; except* matches them too.
try:
    try:
        raise KeyboardInterrupt
    except* KeyboardInterrupt as e:
        print(type(e).__name__, repr(e))
        raise
except BaseExceptionGroup as g:
    print("outer", type(g).__name__, repr(g))

try:
    raise BaseExceptionGroup("mixed", [ValueError(1), SystemExit(2)])
except* SystemExit as e:
    print("exit part", type(e).__name__, repr(e))
except* ValueError as e:
    print("value part", type(e).__name__, repr(e))

try:
    try:
        raise BaseExceptionGroup("mixed", [ValueError(1), GeneratorExit()])
    except* ValueError:
        pass
except BaseExceptionGroup as g:
    print("left", type(g).__name__, repr(g))

try:
    raise BaseExceptionGroup("mixed", [ValueError(1), KeyboardInterrupt()])
except* BaseException as e:
    print("all", type(e).__name__, repr(e))
