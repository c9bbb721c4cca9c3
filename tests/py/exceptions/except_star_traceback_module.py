# traceback.print_exc of what except* raised: the module form drops the
# closing line after a last sub-exception whose context is a group.
import traceback
def h():
    raise OSError("deep")
def f():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        h()
    except* TypeError:
        pass
try:
    f()
except Exception as e:
    traceback.print_exc()
    print("".join(traceback.format_exception(e)).count("+---"))
    try:
        raise ExceptionGroup("outer", [KeyError(1)]) from e
    except Exception:
        traceback.print_exc()
