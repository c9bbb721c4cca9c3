import sys, traceback
class _Here:
    """stdout for tracebacks, with this file's directory left out (the
    expected output must not depend on where the checkout is)."""
    def write(self, s):
        return sys.stdout.write(s.replace(__file__.rsplit("/", 1)[0] + "/", ""))

    def flush(self):
        sys.stdout.flush()


class Bad:
    def __str__(self): raise ValueError
    def __repr__(self): raise ValueError
def show(notes, group=False):
    e = ValueError("v")
    e.__notes__ = notes
    if group:
        e = ExceptionGroup("g", [e])
        e.__notes__ = notes
    try:
        raise e
    except Exception as x:
        print("---- tb module", type(notes).__name__)
        traceback.print_exc(file=_Here())
        print("---- excepthook")
        sys.stdout.flush()
        sys.__excepthook__(type(x), x, None)
        sys.stderr.flush()
show(["a\nb", "c"])
show("str")
show(5)
show([Bad(), 3])
show(Bad())
show(["m\nn", 3], group=True)
show(7, group=True)
