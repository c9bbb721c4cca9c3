# A group raised while handling another exception: the parts except* leaves
# have __suppress_context__ set (split copies the cause), so the traceback
# shows no "During handling" for them.
try:
    raise KeyError("first")
except KeyError:
    try:
        raise ExceptionGroup("x", [ValueError(1), TypeError(2)])
    except* ValueError:
        print("handled the ValueError")
