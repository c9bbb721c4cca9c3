# traceback: format_exc/print_exc/format_exception/format_exception_only as the interpreter prints.
import traceback, sys
def show(text):
    print(text.replace(__file__, "tb.py"), end="")
def inner():
    raise ValueError("bad value")
def outer():
    inner()
try:
    outer()
except ValueError:
    show(traceback.format_exc())
    parts = traceback.format_exception(*sys.exc_info())
    print(len(parts), parts[0], parts[-1], end="")
try:
    try:
        raise KeyError("k")
    except KeyError as e:
        raise RuntimeError("wrapped") from e
except RuntimeError as e:
    show("".join(traceback.format_exception(e)))
    print(traceback.format_exception_only(type(e), e))
    print(traceback.format_exception_only(e))
    show("".join(traceback.format_exception(e, chain=False)))
print(traceback.format_exception_only(ValueError("x")))
try:
    exec("x = (")
except SyntaxError as e:
    print("".join(traceback.format_exception_only(e)), end="")
print(traceback.format_exc(), end="")
try:
    raise TypeError("to stderr")
except TypeError:
    traceback.print_exc()
