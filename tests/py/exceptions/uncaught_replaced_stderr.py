# An uncaught exception's traceback goes to the replaced sys.stderr.
import sys


class _Here:
    """stdout, with this file's directory left out (the expected output must
    not depend on where the checkout is)."""
    def write(self, s):
        return sys.__stdout__.write(s.replace(__file__.rsplit("/", 1)[0] + "/", ""))

    def flush(self):
        sys.__stdout__.flush()


sys.stderr = _Here()
raise ValueError(1)
