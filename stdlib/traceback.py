# traceback — printing and formatting exceptions and the call stack, in the
# interpreter's own words: the text comes from the VM's exception printer
# (through _traceback), so it matches what an uncaught exception prints.

import sys
import _traceback

__all__ = ["print_exc", "format_exc", "print_exception", "format_exception",
           "format_exception_only", "print_stack", "format_stack", "extract_stack",
           "print_last", "format_list", "format_tb", "print_tb"]

_sentinel = object()


def _exc_from(exc, value, tb):
    # The 3.10+ forms: (exc) or (type, value, tb); an explicit tb replaces
    # the exception's own for the duration of the call.
    if value is not _sentinel:
        exc = value
    return exc, tb


def _limit_entries(entries, limit):
    # limit >= 0 keeps the first `limit` frame entries of each traceback,
    # a negative limit the last -limit, as CPython's extract_tb does.
    if limit is None:
        return entries
    out = []
    block = []

    def flush():
        kept = block[:limit] if limit >= 0 else block[limit:]
        if block and not kept and out and out[-1] == "Traceback (most recent call last):\n":
            out.pop()  # no entries left: no header either
        out.extend(kept)
        block.clear()

    for e in entries:
        if e.startswith("  File ") and ", in " in e.split("\n", 1)[0]:
            block.append(e)
        else:
            flush()
            out.append(e)
    flush()
    return out


def _split(text):
    # One string per traceback entry, as CPython's list: "  File ..." lines
    # keep their indented source lines; chain separators stay whole.
    out = []
    lines = text.splitlines(True)
    i = 0
    n = len(lines)
    while i < n:
        line = lines[i]
        if line.startswith("  File ") and '", line ' in line and ", in " in line:
            i += 1
            while i < n and lines[i].startswith("    "):
                line += lines[i]
                i += 1
            out.append(line)
            continue
        if line == "\n" and i + 2 < n and lines[i + 2] == "\n" and (
                lines[i + 1].startswith("During handling") or lines[i + 1].startswith("The above exception")):
            out.append(line + lines[i + 1] + lines[i + 2])
            i += 3
            continue
        out.append(line)
        i += 1
    return out


def _check_limit(limit):
    if limit is not None and not isinstance(limit, int):
        raise TypeError("'<' not supported between instances of '%s' and 'int'" % type(limit).__name__)


def _stack_limit(entries, limit):
    # print_stack/extract_stack keep the most recent `limit` frames
    if limit is None:
        return entries
    if limit >= 0:
        return entries[len(entries) - limit:] if limit else []
    return entries[:-limit]


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    _check_limit(limit)
    exc, tb = _exc_from(exc, value, tb)
    if exc is None:
        return ["NoneType: None\n"]
    if tb is not _sentinel and tb is not exc.__traceback__:
        saved = exc.__traceback__
        exc.__traceback__ = tb
        try:
            return _limit_entries(_split(_traceback._format(exc, chain)), limit)
        finally:
            exc.__traceback__ = saved
    return _limit_entries(_split(_traceback._format(exc, chain)), limit)


def format_exception_only(exc, /, value=_sentinel):
    if value is not _sentinel:
        exc = value
    if exc is None:
        return ["NoneType: None\n"]
    return _split(_traceback._format_only(exc))


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    if file is None:
        file = sys.stderr
    for line in format_exception(exc, value, tb, limit=limit, chain=chain):
        print(line, file=file, end="")


def format_exc(limit=None, chain=True):
    return "".join(format_exception(sys.exception(), limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    print_exception(sys.exception(), limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, "last_value"):
        raise ValueError("no last exception")
    print_exception(sys.last_value, limit=limit, file=file, chain=chain)


def _source_line(filename, lineno):
    # The stripped source line, or None (no such file: "<string>", frozen).
    try:
        with open(filename) as f:
            for i, line in enumerate(f, 1):
                if i == lineno:
                    return line.strip()
    except (OSError, ValueError, UnicodeError):
        return None
    return None


def _entry(filename, lineno, name):
    s = '  File "%s", line %d, in %s\n' % (filename, lineno, name)
    line = _source_line(filename, lineno)
    if line:
        s += "    %s\n" % line
    return s


def extract_stack(f=None, limit=None):
    if f is not None:
        raise NotImplementedError("traceback: frame objects are not supported by Coil")
    _check_limit(limit)
    return _stack_limit(_traceback._stack()[:-1], limit)


def format_list(extracted_list):
    return [_entry(*e[:3]) for e in extracted_list]


def format_stack(f=None, limit=None):
    if f is not None:
        raise NotImplementedError("traceback: frame objects are not supported by Coil")
    _check_limit(limit)
    return format_list(_stack_limit(_traceback._stack()[:-1], limit))


def print_stack(f=None, limit=None, file=None):
    if f is not None:
        raise NotImplementedError("traceback: frame objects are not supported by Coil")
    _check_limit(limit)
    if file is None:
        file = sys.stderr
    for line in format_list(_stack_limit(_traceback._stack()[:-1], limit)):
        print(line, file=file, end="")


def format_tb(tb, limit=None):
    if limit is not None:
        raise NotImplementedError("traceback.format_tb: limit= is not supported by Coil")
    out = []
    while tb is not None:
        code = tb.tb_frame.f_code if hasattr(tb, "tb_frame") else None
        if code is None:
            raise NotImplementedError("traceback.format_tb: traceback frames are not supported by Coil")
        out.append(_entry(code.co_filename, tb.tb_lineno, code.co_name))
        tb = tb.tb_next
    return out


def print_tb(tb, limit=None, file=None):
    if file is None:
        file = sys.stderr
    for line in format_tb(tb, limit):
        print(line, file=file, end="")
