# traceback — extracting, formatting and printing stack traces as CPython
# 3.11's module: FrameSummary/StackSummary/TracebackException over Coil's
# traceback and frame objects, with source positions (caret lines) from the
# VM's position table (_traceback._position).  Exception groups and syntax
# errors print through the VM's own exception printer (_traceback), so
# they read exactly as an uncaught exception does.

import sys
import _traceback

__all__ = ["extract_stack", "extract_tb", "format_exception",
           "format_exception_only", "format_list", "format_stack",
           "format_tb", "print_exc", "format_exc", "print_exception",
           "print_last", "print_stack", "print_tb", "clear_frames",
           "FrameSummary", "StackSummary", "TracebackException",
           "walk_stack", "walk_tb"]

_sentinel = object()
_RECURSIVE_CUTOFF = 3

_cause_message = ("\nThe above exception was the direct cause "
                  "of the following exception:\n\n")
_context_message = ("\nDuring handling of the above exception, "
                    "another exception occurred:\n\n")


# --- source lines -------------------------------------------------------------------

_lines_cache = {}


def _getline(filename, lineno):
    # The line as the file holds it (newline kept), or "" — the part of
    # linecache.getline tracebacks need.  Names in angle brackets are not files.
    if not filename or filename.startswith("<") and filename.endswith(">"):
        return ""
    lines = _lines_cache.get(filename)
    if lines is None:
        try:
            with open(filename, encoding="utf-8") as f:
                lines = f.read().splitlines(True)
        except (OSError, ValueError, UnicodeError):
            lines = []
        _lines_cache[filename] = lines
    if 1 <= lineno <= len(lines):
        line = lines[lineno - 1]
        return line if line.endswith("\n") else line + "\n"
    return ""


# --- simple printing helpers ---------------------------------------------------------

def _print_lines(lines, file):
    if file is None:
        file = sys.stderr
    for line in lines:
        print(line, file=file, end="")


def print_list(extracted_list, file=None):
    _print_lines(StackSummary.from_list(extracted_list).format(), file)


def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()


def print_tb(tb, limit=None, file=None):
    print_list(extract_tb(tb, limit=limit), file=file)


def format_tb(tb, limit=None):
    return extract_tb(tb, limit=limit).format()


def extract_tb(tb, limit=None):
    return StackSummary._extract(_walk_tb_positions(tb), limit=limit)


def _exc_args(exc, value, tb):
    # The 3.10+ forms: (exc) or (type, value, tb).
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError("Both or neither of value and tb must be given")
    if value is tb is _sentinel:
        if exc is not None:
            if isinstance(exc, BaseException):
                return type(exc), exc, exc.__traceback__
            raise TypeError("Exception expected for value, %s found" % type(exc).__name__)
        return None, None, None
    return exc, value, tb


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    etype, value, tb = _exc_args(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    te.print(file=file, chain=chain)


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    etype, value, tb = _exc_args(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    return list(te.format(chain=chain))


def format_exception_only(exc, /, value=_sentinel):
    if value is _sentinel:
        value = exc
    te = TracebackException(type(value), value, None, compact=True)
    return list(te.format_exception_only())


def print_exc(limit=None, file=None, chain=True):
    print_exception(*sys.exc_info(), limit=limit, file=file, chain=chain)


def format_exc(limit=None, chain=True):
    return "".join(format_exception(*sys.exc_info(), limit=limit, chain=chain))


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, "last_type"):
        raise ValueError("no last exception")
    print_exception(sys.last_type, sys.last_value, sys.last_traceback, limit, file, chain)


def _caller_frame(f):
    # The frame that called the public function (two levels up from here).
    return sys._getframe(2) if f is None else f


def print_stack(f=None, limit=None, file=None):
    print_list(extract_stack(_caller_frame(f), limit=limit), file=file)


def format_stack(f=None, limit=None):
    return format_list(extract_stack(_caller_frame(f), limit=limit))


def extract_stack(f=None, limit=None):
    stack = StackSummary.extract(walk_stack(_caller_frame(f)), limit=limit)
    stack.reverse()
    return stack


def clear_frames(tb):
    # Coil's traceback frames hold no live locals: nothing to clear.
    while tb is not None:
        tb = tb.tb_next


# --- FrameSummary ----------------------------------------------------------------------

class FrameSummary:
    """One frame of a stack: file, line, function name, source line."""

    __slots__ = ("filename", "lineno", "end_lineno", "colno", "end_colno",
                 "name", "_line", "locals", "_anchors")

    def __init__(self, filename, lineno, name, *, lookup_line=True,
                 locals=None, line=None, end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno
        self._anchors = None
        if lookup_line:
            self.line
        self.locals = {k: repr(v) for k, v in locals.items()} if locals else None

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno
                    and self.name == other.name and self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return "<FrameSummary file {}, line {} in {}>".format(self.filename, self.lineno, self.name)

    def __len__(self):
        return 4

    @property
    def _original_line(self):
        # the line unstripped, for column arithmetic
        self.line
        return self._line

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = _getline(self.filename, self.lineno)
        return self._line.strip()


# --- walking -------------------------------------------------------------------------------

def walk_stack(f):
    """(frame, lineno) from f outwards, following f_back."""
    if f is None:
        # CPython 3.11 starts four frames out from the generator's own
        # (meant as the caller's caller; it skips more than that)
        f = sys._getframe()
        for _ in range(4):
            f = f.f_back if f is not None else None
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def walk_tb(tb):
    """(frame, lineno) for each record of a traceback, outermost first."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def _walk_tb_positions(tb):
    while tb is not None:
        yield tb.tb_frame, _traceback._position(tb.tb_frame.f_code, tb.tb_lasti, tb.tb_lineno)
        tb = tb.tb_next


def _stack_positions(frame_gen):
    for f, lineno in frame_gen:
        yield f, (lineno, None, None, None, None)


# --- StackSummary ----------------------------------------------------------------------------

def _limited(items, limit):
    if limit is None:
        limit = getattr(sys, "tracebacklimit", None)
        if limit is not None and limit < 0:
            limit = 0
    if limit is None:
        return list(items)
    items = list(items)
    if limit >= 0:
        return items[:limit]
    return items[limit:] if -limit < len(items) else items


def _char_offset(line, byte_offset):
    # a column counted in UTF-8 bytes, as code positions are, to characters
    return len(line.encode("utf-8")[:byte_offset].decode("utf-8", "replace"))


class StackSummary(list):
    """A list of FrameSummary objects, ready to format."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        return klass._extract(_stack_positions(frame_gen), limit=limit,
                              lookup_lines=lookup_lines, capture_locals=capture_locals)

    @classmethod
    def _extract(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        result = klass()
        for f, pos in _limited(frame_gen, limit):
            lineno, end_lineno, colno, end_colno, anchors = pos
            co = f.f_code
            fs = FrameSummary(co.co_filename, lineno, co.co_name, lookup_line=False,
                              locals=f.f_locals if capture_locals else None,
                              end_lineno=end_lineno, colno=colno, end_colno=end_colno)
            fs._anchors = anchors
            result.append(fs)
        if lookup_lines:
            for fs in result:
                fs.line
        return result

    @classmethod
    def from_list(klass, a_list):
        result = klass()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        fs = frame_summary
        row = ['  File "{}", line {}, in {}\n'.format(fs.filename, fs.lineno, fs.name)]
        if fs.line:
            stripped = fs.line.strip()
            row.append("    {}\n".format(stripped))
            carets = _caret_line(fs, stripped)
            if carets:
                row.append(carets)
        if fs.locals:
            for name, value in sorted(fs.locals.items()):
                row.append("    {name} = {value}\n".format(name=name, value=value))
        return "".join(row)

    def format(self):
        result = []
        last_file = last_line = last_name = None
        count = 0
        for fs in self:
            if (last_file is None or last_file != fs.filename or last_line is None
                    or last_line != fs.lineno or last_name is None or last_name != fs.name):
                if count > _RECURSIVE_CUTOFF:
                    count -= _RECURSIVE_CUTOFF
                    result.append("  [Previous line repeated {} more time{}]\n".format(
                        count, "s" if count > 1 else ""))
                last_file, last_line, last_name = fs.filename, fs.lineno, fs.name
                count = 0
            count += 1
            if count > _RECURSIVE_CUTOFF:
                continue
            result.append(self.format_frame_summary(fs))
        if count > _RECURSIVE_CUTOFF:
            count -= _RECURSIVE_CUTOFF
            result.append("  [Previous line repeated {} more time{}]\n".format(
                count, "s" if count > 1 else ""))
        return result


def _anchors(segment, info, col):
    # (left, right): the '^' part between '~' operands, in characters from
    # the segment's start, from the position table's (kind, a, b) byte
    # columns: for a binary operation the operator (the first non-blank
    # after the left operand, two characters when the next is not blank
    # and still before the right operand), for a subscript from the
    # value's end to just past the slice's.
    kind, a, b = info
    raw = segment.encode("utf-8")

    def chars(n):
        return len(raw[:max(n - col, 0)].decode("utf-8", "replace"))

    if kind == 1:
        op_str = segment[chars(a):chars(b)]
        off = len(op_str) - len(op_str.lstrip())
        if off >= len(op_str):
            return None
        left = chars(a) + off
        right = left + 1
        if off + 1 < len(op_str) and not op_str[off + 1].isspace():
            right += 1
        return left, right
    if kind == 2:
        return chars(a), chars(b) + 1
    return None


def _caret_line(fs, stripped):
    # CPython 3.11's markers under a source line: '^' under the failing
    # range, or '~' for the operands and '^' for the operator of a binary
    # operation or the brackets of a subscript.  None when the range spans
    # the whole stripped line without such anchors, or is unknown.
    if fs.colno is None or fs.end_colno is None:
        return None
    # Offsets count from the line as stored, newline included, as CPython's
    # do: a line given without one (FrameSummary(line=...)) shifts by one.
    orig = fs._original_line
    skipped = len(orig) - len(stripped)
    start = _char_offset(orig, fs.colno) + 1
    anchors = None
    if fs.end_lineno == fs.lineno:
        end = _char_offset(orig, fs.end_colno) + 1
        if fs._anchors is not None:
            anchors = _anchors(orig[start - 1:end - 1], fs._anchors, fs.colno)
    else:
        end = skipped + len(stripped)
    if end - start >= len(stripped) and not (anchors and anchors[1] > anchors[0]):
        return None
    out = "    " + " " * (start - skipped)
    if anchors:
        left, right = anchors
        out += "~" * left + "^" * (right - left) + "~" * (end - start - right)
    else:
        out += "^" * (end - start)
    return out + "\n"


# --- TracebackException -----------------------------------------------------------------------

def _some_str(value):
    try:
        return str(value)
    except Exception:
        return "<exception str() failed>"


class TracebackException:
    """An exception captured for later formatting: its type, message,
    stack, and the exceptions chained to it."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None,
                 lookup_lines=True, capture_locals=False, compact=False,
                 max_group_width=15, max_group_depth=10, _seen=None):
        is_recursive_call = _seen is not None
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))
        self.max_group_width = max_group_width
        self.max_group_depth = max_group_depth
        self.stack = StackSummary._extract(_walk_tb_positions(exc_traceback), limit=limit,
                                           lookup_lines=lookup_lines, capture_locals=capture_locals)
        self.exc_type = exc_type
        self._str = _some_str(exc_value)
        try:
            self.__notes__ = getattr(exc_value, "__notes__", None)
        except Exception:
            self.__notes__ = None
        if exc_type and issubclass(exc_type, SyntaxError):
            self.filename = exc_value.filename
            lno = exc_value.lineno
            self.lineno = str(lno) if lno is not None else None
            end_lno = exc_value.end_lineno
            self.end_lineno = str(end_lno) if end_lno is not None else None
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.end_offset = exc_value.end_offset
            self.msg = exc_value.msg
        # Syntax errors and groups print through the VM's printer, which
        # needs the exception itself (kept out of __eq__).
        self._exc = exc_value if (exc_type and (issubclass(exc_type, SyntaxError)
                                                or issubclass(exc_type, BaseExceptionGroup))) else None
        self._limit = limit
        if lookup_lines:
            self._load_lines()
        self.__suppress_context__ = exc_value.__suppress_context__ if exc_value is not None else False

        e = exc_value
        cause = context = None
        if e is not None and e.__cause__ is not None and id(e.__cause__) not in _seen:
            cause = TracebackException(type(e.__cause__), e.__cause__, e.__cause__.__traceback__,
                                       limit=limit, lookup_lines=lookup_lines,
                                       capture_locals=capture_locals, max_group_width=max_group_width,
                                       max_group_depth=max_group_depth, _seen=_seen)
        need_context = (cause is None and e is not None and not e.__suppress_context__) if compact else True
        if e is not None and e.__context__ is not None and need_context and id(e.__context__) not in _seen:
            context = TracebackException(type(e.__context__), e.__context__, e.__context__.__traceback__,
                                         limit=limit, lookup_lines=lookup_lines,
                                         capture_locals=capture_locals, max_group_width=max_group_width,
                                         max_group_depth=max_group_depth, _seen=_seen)
        self.__cause__ = cause
        self.__context__ = context
        if e is not None and isinstance(e, BaseExceptionGroup):
            self.exceptions = [TracebackException(type(x), x, x.__traceback__, limit=limit,
                                                  lookup_lines=lookup_lines, capture_locals=capture_locals,
                                                  max_group_width=max_group_width,
                                                  max_group_depth=max_group_depth, _seen=_seen)
                               for x in e.exceptions]
        else:
            self.exceptions = None

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def _load_lines(self):
        for fs in self.stack:
            fs.line

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            mine = {k: v for k, v in self.__dict__.items() if k not in ("_exc", "_limit")}
            theirs = {k: v for k, v in other.__dict__.items() if k not in ("_exc", "_limit")}
            return mine == theirs
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self):
        if self.exc_type is None:
            yield "NoneType: None\n"
            return
        if self._exc is not None and not isinstance(self._exc, BaseExceptionGroup):
            yield from _split(_traceback._format_only(self._exc))
            return
        stype = self.exc_type.__qualname__
        smod = self.exc_type.__module__
        if smod not in ("__main__", "builtins"):
            if not isinstance(smod, str):
                smod = "<unknown>"
            stype = smod + "." + stype
        yield "%s: %s\n" % (stype, self._str) if self._str else "%s\n" % stype
        notes = self.__notes__
        if notes is None:
            return
        if hasattr(type(notes), "__getitem__") and not isinstance(notes, dict) and _has_len(notes):
            for note in notes:
                note = note if isinstance(note, str) else _note_str(note)
                yield note + "\n"
        else:
            try:
                yield repr(notes)
            except Exception:
                yield "<__notes__ repr() failed>"

    def format(self, *, chain=True, _ctx=None):
        output = []
        exc = self
        if chain:
            while exc:
                if exc.__cause__ is not None:
                    msg, nxt = _cause_message, exc.__cause__
                elif exc.__context__ is not None and not exc.__suppress_context__:
                    msg, nxt = _context_message, exc.__context__
                else:
                    msg, nxt = None, None
                output.append((msg, exc))
                exc = nxt
        else:
            output.append((None, exc))
        for msg, exc in reversed(output):
            if msg is not None:
                yield msg
            if exc.exceptions is not None and exc._exc is not None:
                # a group: the VM's printer draws its boxes
                saved = (exc._exc.__cause__, exc._exc.__context__)
                try:
                    exc._exc.__cause__ = exc._exc.__context__ = None
                    yield from _limit_entries(_split(_traceback._format(exc._exc, False)), exc._limit)
                finally:
                    exc._exc.__cause__, exc._exc.__context__ = saved
                continue
            if exc.stack:
                yield "Traceback (most recent call last):\n"
                yield from exc.stack.format()
            yield from exc.format_exception_only()

    def print(self, *, file=None, chain=True):
        if file is None:
            file = sys.stderr
        for line in self.format(chain=chain):
            print(line, file=file, end="")


def _has_len(x):
    try:
        len(x)
        return True
    except Exception:
        return False


def _note_str(note):
    try:
        return str(note)
    except Exception:
        return "<note str() failed>"


# --- the VM printer's text, split as CPython's lists are ---------------------------------------

def _limit_entries(entries, limit):
    # limit >= 0 keeps the first `limit` frame entries of each traceback,
    # a negative limit the last -limit.
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
    # One string per entry, as CPython's lists: "  File ..." lines keep
    # their indented source and marker lines.
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
        out.append(line)
        i += 1
    return out
