# traceback — printing and formatting exceptions the way the interpreter
# reports uncaught ones (print_exc, format_exc, print_exception,
# format_exception, format_exception_only).  The text comes from the VM's
# own printer (_traceback.format); this layer splits it into CPython's
# chunks (the header, one string per frame, the exception lines) and
# writes it.  Original Coil code.

import sys
import _traceback

__all__ = ['format_exc', 'format_exception', 'format_exception_only', 'print_exc',
           'print_exception', 'print_last']

_sentinel = object()


def _exception_of(exc, value):
    if value is not _sentinel:
        return value
    return exc


def _chunks(text):
    # One string per "  File ..." frame with its source line; other lines alone.
    out = []
    for line in text.splitlines(True):
        if line.startswith("    ") and out and out[-1].startswith("  File "):
            out[-1] += line
        else:
            out.append(line)
    return out


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    """The lines print_exception() would write, as a list of strings."""
    exc = _exception_of(exc, value)
    if exc is None:
        return ["NoneType: None\n"]
    return _chunks(_traceback.format(exc, bool(chain), True))


def format_exception_only(exc, /, value=_sentinel):
    """The exception's own lines (no traceback), as a list of strings."""
    exc = _exception_of(exc, value)
    if exc is None:
        return ["NoneType: None\n"]
    if isinstance(exc, type):
        exc = exc()
    return _chunks(_traceback.format(exc, False, False))


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    """Writes the exception and its traceback to file (sys.stderr)."""
    if file is None:
        file = sys.stderr
    for chunk in format_exception(exc, value, tb, limit=limit, chain=chain):
        print(chunk, file=file, end="")


def format_exc(limit=None, chain=True):
    """The exception being handled, formatted as one string."""
    return "".join(format_exception(sys.exc_info()[1], limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    """Writes the exception being handled to file (sys.stderr)."""
    print_exception(sys.exc_info()[1], limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, "last_value"):
        raise ValueError("no last exception")
    print_exception(sys.last_value, limit=limit, file=file, chain=chain)
