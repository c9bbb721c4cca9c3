import traceback, sys
class _Here:
    """stdout for tracebacks, with this file's directory left out (the
    expected output must not depend on where the checkout is)."""
    def write(self, s):
        return sys.stdout.write(s.replace(__file__.rsplit("/", 1)[0] + "/", ""))

    def flush(self):
        sys.stdout.flush()


class D:
    def __set_name__(self, owner, name): raise ValueError("bad")
try:
    class C:
        attr = D()
except Exception as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__, repr(e.__context__))
class E:
    def __set_name__(self, owner, name):
        raise KeyError(name)
def make():
    class Outer:
        class Inner:
            pass
        x = E()
    return Outer
try:
    make()
except RuntimeError as e:
    traceback.print_exc(file=_Here())
class F:
    __set_name__ = 5
try:
    class G:
        f = F()
except Exception as e:
    print(type(e).__name__, e, repr(e.__cause__))
type("H", (), {"d": D()}) if False else None
try:
    type("H", (), {"d": D()})
except RuntimeError as e:
    print(e)
