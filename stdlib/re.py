# re.py — regular expressions: a parser from pattern text to a node tree, a
# compiler from the tree to a flat list of ints (the program), and the
# Python-facing API (Pattern, Match, sub/split/findall ...).  The program runs
# on the native matcher _re.run (vm/re_exec.c) when present, else on _run below.

__all__ = ["match", "fullmatch", "search", "sub", "subn", "split", "findall",
           "finditer", "compile", "purge", "escape", "error", "Pattern", "Match",
           "A", "I", "L", "M", "S", "X", "U", "ASCII", "IGNORECASE", "LOCALE",
           "MULTILINE", "DOTALL", "VERBOSE", "UNICODE", "NOFLAG", "RegexFlag"]

# Pattern and Match stand for CPython's C types re.Pattern and re.Match:
# none of their frames show in a traceback.
from _traceback import _native_frame

# --- flags -----------------------------------------------------------------------------

_FLAG_NAMES = [(256, "ASCII"), (4, "LOCALE"), (32, "UNICODE"), (8, "MULTILINE"),
               (16, "DOTALL"), (64, "VERBOSE"), (1, "TEMPLATE"), (128, "DEBUG")]
_FLAG_ORDER = [(256, "ASCII"), (2, "IGNORECASE"), (4, "LOCALE"), (32, "UNICODE"),
               (8, "MULTILINE"), (16, "DOTALL"), (64, "VERBOSE"), (1, "TEMPLATE"),
               (128, "DEBUG")]


class RegexFlag(int):
    """The re flags: an int whose repr names the flags (re.IGNORECASE|re.MULTILINE)."""

    def __repr__(self):
        v = int(self)
        if v == 0:
            return "re.NOFLAG"
        parts = []
        for bit, name in _FLAG_ORDER:
            if v & bit:
                parts.append("re." + name)
                v &= ~bit
        if v:
            parts.append(hex(v))
        return "|".join(parts)

    __str__ = __repr__

    def __format__(self, spec):
        return format(int(self), spec)

    def __or__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) | int(other))
        return NotImplemented

    __ror__ = __or__

    def __and__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) & int(other))
        return NotImplemented

    __rand__ = __and__

    def __xor__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) ^ int(other))
        return NotImplemented

    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(~int(self) & 511)


NOFLAG = RegexFlag(0)
TEMPLATE = T = RegexFlag(1)
IGNORECASE = I = RegexFlag(2)
LOCALE = L = RegexFlag(4)
MULTILINE = M = RegexFlag(8)
DOTALL = S = RegexFlag(16)
UNICODE = U = RegexFlag(32)
VERBOSE = X = RegexFlag(64)
DEBUG = RegexFlag(128)
ASCII = A = RegexFlag(256)

_INLINE = {"i": 2, "L": 4, "m": 8, "s": 16, "x": 64, "a": 256, "u": 32}


class error(Exception):
    """Raised for an invalid pattern or replacement template."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = "%s at position %d" % (msg, pos)
            nl = "\n" if isinstance(pattern, str) else b"\n"
            self.lineno = pattern.count(nl, 0, pos) + 1
            self.colno = pos - pattern.rfind(nl, 0, pos)
            if nl in pattern:
                msg = "%s (line %d, column %d)" % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        Exception.__init__(self, msg)


error.__module__ = "re"

# --- the program's opcodes (mirrored in vm/re_exec.c) ---------------------------------

_MATCH, _LIT, _LITI, _ANY, _ANYALL, _SET, _JMP, _SPLIT, _SAVE, _AT, _BREF = range(11)
_LOOK, _SUCCEED, _ATOMIC, _RINIT, _RTEST, _RLPOS, _RNEXT, _SIMPLE, _COND, _FAIL = range(11, 21)

# AT kinds
_AT_BEG, _AT_BEGL, _AT_END, _AT_ENDL, _AT_BSTR, _AT_ESTR, _AT_WB, _AT_NWB = range(8)
# category codes for sets; +8 = ASCII-only variant
_C_DIGIT, _C_NDIGIT, _C_WORD, _C_NWORD, _C_SPACE, _C_NSPACE = range(6)

_MAXREPEAT = 4294967295
_INF = -1

_ASCII_LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
_DIGITS = "0123456789"
_OCT = "01234567"
_HEX = "0123456789abcdefABCDEF"
_SIMPLE_ESC = {"a": 7, "b": 8, "f": 12, "n": 10, "r": 13, "t": 9, "v": 11, "\\": 92}
_CAT_ESC = {"d": _C_DIGIT, "D": _C_NDIGIT, "w": _C_WORD, "W": _C_NWORD,
            "s": _C_SPACE, "S": _C_NSPACE}


# --- parser: pattern text -> node tree -------------------------------------------------
# Nodes are lists: ["lit", cp, icase] ["any", dotall] ["set", neg, icase, items]
# ["cat", nodes] ["alt", nodes] ["grp", n, node] ["rep", lo, hi, kind, node]
# (kind 0 greedy, 1 lazy, 2 possessive) ["at", kind] ["bref", n, icase]
# ["look", behind, neg, node] ["atomic", node] ["cond", n, yes, no]


class _Parser:
    def __init__(self, pattern, flags):
        self.pattern = pattern
        self.isstr = isinstance(pattern, str)
        if self.isstr:
            self.text = pattern
        else:
            self.text = pattern.decode("latin-1")
        self.n = len(self.text)
        self.i = 0
        self.flags = flags
        self.ngroups = 0
        self.names = {}
        self.open = []
        self.lookbehind = 0

    def err(self, msg, pos):
        return error(msg, self.pattern, pos)

    def ic(self, flags):
        # case-insensitive mode of a node: 0 off, 1 Unicode, 2 ASCII only
        if not flags & 2:
            return 0
        return 2 if flags & 256 or not self.isstr else 1

    def peek(self):
        if self.i < self.n:
            return self.text[self.i]
        return ""

    def skip_verbose(self):
        t = self.text
        while self.i < self.n:
            c = t[self.i]
            if c in " \t\n\r\f\v":
                self.i += 1
            elif c == "#":
                while self.i < self.n and t[self.i] != "\n":
                    self.i += 1
            else:
                break

    def parse(self):
        node = self.parse_alt(0, self.flags)
        if self.i < self.n:
            if self.text[self.i] == ")":
                raise self.err("unbalanced parenthesis", self.i)
            raise self.err("internal: unparsed", self.i)
        return node

    def parse_alt(self, depth, flags):
        branches = [self.parse_seq(depth, flags)]
        while self.i < self.n and self.text[self.i] == "|":
            self.i += 1
            branches.append(self.parse_seq(depth, self.cur_flags(flags)))
        if len(branches) == 1:
            return branches[0]
        return ["alt", branches]

    def cur_flags(self, flags):
        # global inline flags at the start also govern later branches
        if self.global_seen:
            return flags | self.flags
        return flags

    global_seen = False

    def parse_seq(self, depth, flags):
        items = []
        t = self.text
        while True:
            if flags & 64:
                self.skip_verbose()
            if self.i >= self.n:
                break
            c = t[self.i]
            if c == "|" or (c == ")" and depth > 0):
                break
            if c == ")":
                raise self.err("unbalanced parenthesis", self.i)
            start = self.i
            if c in "*+?{":
                if c == "{" and not self.is_repeat():
                    self.i += 1
                    items.append(["lit", 123, self.ic(flags)])
                    continue
                if not items or items[-1][0] == "at":
                    raise self.err("nothing to repeat", start)
                if items[-1][0] == "rep" and len(items[-1]) > 5:
                    raise self.err("multiple repeat", start)
                lo, hi = self.parse_quant()
                kind = 0
                if self.i < self.n and t[self.i] == "?":
                    kind = 1
                    self.i += 1
                elif self.i < self.n and t[self.i] == "+":
                    kind = 2
                    self.i += 1
                items[-1] = ["rep", lo, hi, kind, items[-1], True]
                continue
            item = self.parse_atom(depth, flags)
            if item is None:
                # flags group: (?i) at start
                flags = flags | self.flags
                continue
            items.append(item)
        # Drop the "just quantified" marks; a group's own sequence has
        # already dropped those of the nodes it hands up unchanged.
        for it in items:
            if it[0] == "rep" and len(it) > 5:
                it.pop()
        if len(items) == 1:
            return items[0]
        return ["cat", items]

    def is_repeat(self):
        # '{' starts a repeat only as {m}, {m,}, {,n} or {m,n}
        j = self.i + 1
        t = self.text
        k = j
        while k < self.n and t[k] in _DIGITS:
            k += 1
        if k < self.n and t[k] == "}":
            return k > j
        if k < self.n and t[k] == ",":
            k += 1
            while k < self.n and t[k] in _DIGITS:
                k += 1
            return k < self.n and t[k] == "}"
        return False

    def parse_quant(self):
        t = self.text
        c = t[self.i]
        self.i += 1
        if c == "*":
            return 0, _INF
        if c == "+":
            return 1, _INF
        if c == "?":
            return 0, 1
        j = self.i
        while t[self.i] in _DIGITS:
            self.i += 1
        lo_s = t[j:self.i]
        qpos = j
        if t[self.i] == "}":
            self.i += 1
            lo = int(lo_s)
            if lo > _MAXREPEAT - 1:
                raise OverflowError("the repetition number is too large")
            return lo, lo
        self.i += 1
        k = self.i
        while t[self.i] in _DIGITS:
            self.i += 1
        hi_s = t[k:self.i]
        self.i += 1
        lo = int(lo_s) if lo_s else 0
        hi = int(hi_s) if hi_s else _INF
        if lo > _MAXREPEAT - 1 or hi > _MAXREPEAT - 1:
            raise OverflowError("the repetition number is too large")
        if hi != _INF and hi < lo:
            raise self.err("min repeat greater than max repeat", qpos)
        return lo, hi

    def parse_atom(self, depth, flags):
        t = self.text
        c = t[self.i]
        start = self.i
        self.i += 1
        if c == ".":
            return ["any", flags & 16]
        if c == "^":
            return ["at", _AT_BEGL if flags & 8 else _AT_BEG]
        if c == "$":
            return ["at", _AT_ENDL if flags & 8 else _AT_END]
        if c == "[":
            return self.parse_class(start, flags)
        if c == "(":
            return self.parse_group(start, depth, flags)
        if c == "\\":
            return self.parse_escape(start, flags)
        return ["lit", ord(c), self.ic(flags)]

    def parse_name(self, term, start_err):
        t = self.text
        j = self.i
        k = t.find(term, j)
        if k < 0:
            raise self.err("missing %s, unterminated name" % term, j)
        name = t[j:k]
        if not name:
            raise self.err("missing group name", j)
        self.i = k + 1
        return name, j

    def parse_group(self, start, depth, flags):
        t = self.text
        if self.i < self.n and t[self.i] == "?":
            self.i += 1
            if self.i >= self.n:
                raise self.err("unexpected end of pattern", self.i)
            c = t[self.i]
            self.i += 1
            if c == "P":
                if self.i >= self.n:
                    raise self.err("unexpected end of pattern", self.i)
                d = t[self.i]
                self.i += 1
                if d == "<":
                    name, npos = self.parse_name(">", start)
                    if not name.isidentifier():
                        raise self.err("bad character in group name %r" % name, npos)
                    n = self.ngroups + 1
                    if name in self.names:
                        raise self.err("redefinition of group name %r as group %d; was group %d"
                                       % (name, n, self.names[name]), npos)
                    self.names[name] = n
                    return self.finish_capture(start, depth, flags)
                if d == "=":
                    name, npos = self.parse_name(")", start)
                    if not name.isidentifier():
                        raise self.err("bad character in group name %r" % name, npos)
                    if name not in self.names:
                        raise self.err("unknown group name %r" % name, npos)
                    g = self.names[name]
                    if g in self.open:
                        raise self.err("cannot refer to an open group", npos)
                    return ["bref", g, self.ic(flags)]
                raise self.err("unknown extension ?P" + d, self.i - 2)
            if c == ":":
                return self.finish_group(start, depth, flags, None)
            if c == "#":
                k = t.find(")", self.i)
                if k < 0:
                    raise self.err("missing ), unterminated comment", start)
                self.i = k + 1
                return ["cat", []]
            if c == "=" or c == "!":
                node = self.finish_group(start, depth, flags, None)
                return ["look", False, c == "!", node]
            if c == "<":
                if self.i >= self.n:
                    raise self.err("unexpected end of pattern", self.i)
                d = t[self.i]
                self.i += 1
                if d != "=" and d != "!":
                    raise self.err("unknown extension ?<" + d, start + 1)
                self.lookbehind += 1
                node = self.finish_group(start, depth, flags, None)
                self.lookbehind -= 1
                lo, hi = _width(node)
                if lo != hi:
                    raise error("look-behind requires fixed-width pattern")
                return ["look", True, d == "!", node]
            if c == ">":
                return ["atomic", self.finish_group(start, depth, flags, None)]
            if c == "(":
                return self.parse_cond(start, depth, flags)
            if c in "aiLmsux-":
                return self.parse_flags(start, depth, flags, c)
            raise self.err("unknown extension ?" + c, start + 1)
        return self.finish_capture(start, depth, flags)

    def finish_capture(self, start, depth, flags):
        self.ngroups += 1
        n = self.ngroups
        self.open.append(n)
        node = self.finish_group(start, depth, flags, n)
        self.open.pop()
        return ["grp", n, node]

    def finish_group(self, start, depth, flags, n):
        node = self.parse_alt(depth + 1, flags)
        if self.i >= self.n or self.text[self.i] != ")":
            raise self.err("missing ), unterminated subpattern", start)
        self.i += 1
        return node

    def parse_cond(self, start, depth, flags):
        t = self.text
        name, npos = self.parse_name(")", start)
        if name.isdigit() and name.isascii():
            g = int(name)
            if g == 0:
                raise self.err("bad group number", npos)
            if g > self.ngroups:
                raise self.err("invalid group reference %d" % g, npos)
        elif name.isidentifier():
            if name not in self.names:
                raise self.err("unknown group name %r" % name, npos)
            g = self.names[name]
        else:
            raise self.err("bad character in group name %r" % name, npos)
        yes = self.parse_seq(depth + 1, flags)
        no = ["cat", []]
        if self.i < self.n and t[self.i] == "|":
            self.i += 1
            no = self.parse_seq(depth + 1, flags)
            if self.i < self.n and t[self.i] == "|":
                raise self.err("conditional backref with more than two branches", self.i)
        if self.i >= self.n or t[self.i] != ")":
            raise self.err("missing ), unterminated subpattern", start)
        self.i += 1
        return ["cond", g, yes, no]

    def parse_flags(self, start, depth, flags, c):
        t = self.text
        on = 0
        off = 0
        self.i -= 1
        while self.i < self.n and t[self.i] in _INLINE:
            f = t[self.i]
            if (f == "u" or f == "a" or f == "L") and self.isstr == (f == "L") and f != "a":
                if f == "L":
                    raise self.err("bad inline flags: cannot use 'L' flag with a str pattern", self.i + 1)
                raise self.err("bad inline flags: cannot use 'u' flag with a bytes pattern", self.i + 1)
            on |= _INLINE[f]
            self.i += 1
        if self.i < self.n and t[self.i] == "-":
            self.i += 1
            if self.i >= self.n:
                raise self.err("missing flag", self.i)
            while self.i < self.n and t[self.i] in _INLINE:
                f = t[self.i]
                if f in "aLu":
                    raise self.err("bad inline flags: cannot turn off flags 'a', 'u' and 'L'", self.i + 1)
                if _INLINE[f] & on:
                    raise self.err("bad inline flags: flag turned on and off", self.i + 1)
                off |= _INLINE[f]
                self.i += 1
            if not off:
                if self.i < self.n and t[self.i].isalpha():
                    raise self.err("unknown flag", self.i)
                raise self.err("missing flag", self.i)
            if self.i >= self.n or t[self.i] != ":":
                if self.i < self.n and t[self.i].isalpha():
                    raise self.err("unknown flag", self.i)
                raise self.err("missing :", self.i)
        if self.i >= self.n:
            raise self.err("missing -, : or )", self.i)
        d = t[self.i]
        self.i += 1
        if d == ")":
            if start != 0 and not self.global_only_so_far(start):
                raise self.err("global flags not at the start of the expression", start)
            self.flags |= on
            self.global_seen = True
            return None
        if d != ":":
            if d.isalpha():
                raise self.err("unknown flag", self.i - 1)
            raise self.err("missing -, : or )", self.i - 1)
        nf = (flags | on) & ~off
        if on & 256:
            nf &= ~32
        node = self.finish_group(start, depth, nf, None)
        return node

    def global_only_so_far(self, start):
        # true when everything before start is itself global flag groups
        t = self.text
        j = 0
        while j < start:
            if t.startswith("(?", j):
                k = t.find(")", j)
                body = t[j + 2:k]
                if body and all(ch in _INLINE for ch in body):
                    j = k + 1
                    continue
            return False
        return True

    def parse_escape(self, start, flags):
        t = self.text
        if self.i >= self.n:
            raise self.err("bad escape (end of pattern)", start)
        c = t[self.i]
        self.i += 1
        if c in _CAT_ESC:
            cat = _CAT_ESC[c]
            if flags & 256 or not self.isstr:
                cat += 8
            return ["set", False, 0, [[1, cat, 0]]]
        if c == "b":
            return ["at", _AT_WB + (16 if flags & 256 or not self.isstr else 0)]
        if c == "B":
            return ["at", _AT_NWB + (16 if flags & 256 or not self.isstr else 0)]
        if c == "A":
            return ["at", _AT_BSTR]
        if c == "Z":
            return ["at", _AT_ESTR]
        if c in _DIGITS:
            # octal escape or group reference
            if c == "0":
                j = self.i
                while self.i < self.n and self.i < j + 2 and t[self.i] in _OCT:
                    self.i += 1
                return ["lit", int("0" + t[j:self.i], 8), self.ic(flags)]
            if (self.i + 1 < self.n and c in _OCT and t[self.i] in _OCT
                    and t[self.i + 1] in _OCT):
                v = int(t[self.i - 1:self.i + 2], 8)
                self.i += 2
                if v > 255:
                    raise self.err("octal escape value \\%s outside of range 0-0o377"
                                   % t[start + 1:self.i], start)
                return ["lit", v, self.ic(flags)]
            j = self.i - 1
            if self.i < self.n and t[self.i] in _DIGITS:
                self.i += 1
            g = int(t[j:self.i])
            if g > self.ngroups:
                raise self.err("invalid group reference %d" % g, j)
            if g in self.open:
                raise self.err("cannot refer to an open group", start)
            return ["bref", g, self.ic(flags)]
        cp = self.char_escape(start, c, False)
        return ["lit", cp, self.ic(flags)]

    def char_escape(self, start, c, inclass):
        t = self.text
        if c in _SIMPLE_ESC and not (c == "b" and not inclass):
            return _SIMPLE_ESC[c]
        if c == "x" or (self.isstr and (c == "u" or c == "U")):
            size = {"x": 2, "u": 4, "U": 8}[c]
            j = self.i
            while self.i < self.n and self.i < j + size and t[self.i] in _HEX:
                self.i += 1
            if self.i - j < size:
                raise self.err("incomplete escape \\%s%s" % (c, t[j:self.i]), start)
            v = int(t[j:self.i], 16)
            if v > 0x10FFFF:
                raise self.err("bad escape \\%s%s" % (c, t[j:self.i]), start)
            return v
        if c == "N" and self.isstr:
            raise NotImplementedError("re: \\N{...} escapes are not supported")
        if c in _ASCII_LETTERS or c in _DIGITS:
            raise self.err("bad escape \\" + c, start)
        return ord(c)

    def parse_class(self, start, flags):
        t = self.text
        neg = False
        items = []
        if self.i < self.n and t[self.i] == "^":
            neg = True
            self.i += 1
        first = True
        while True:
            if self.i >= self.n:
                raise self.err("unterminated character set", start)
            c = t[self.i]
            if c == "]" and not first:
                self.i += 1
                break
            first = False
            istart = self.i
            lo = self.class_atom(flags)
            if (self.i + 1 < self.n and t[self.i] == "-" and t[self.i + 1] != "]"):
                self.i += 1
                rstart = self.i
                hi = self.class_atom(flags)
                if isinstance(lo, list) or isinstance(hi, list):
                    raise self.err("bad character range %s" % t[istart:self.i], istart)
                if hi < lo:
                    raise self.err("bad character range %s" % t[istart:self.i], istart)
                items.append([0, lo, hi])
            elif isinstance(lo, list):
                items.append(lo)
            else:
                items.append([0, lo, lo])
        return ["set", neg, self.ic(flags), items]

    def class_atom(self, flags):
        t = self.text
        c = t[self.i]
        start = self.i
        self.i += 1
        if c != "\\":
            return ord(c)
        if self.i >= self.n:
            raise self.err("unterminated character set", start - 1)
        c = t[self.i]
        self.i += 1
        if c in _CAT_ESC:
            cat = _CAT_ESC[c]
            if flags & 256 or not self.isstr:
                cat += 8
            return [1, cat, 0]
        if c in _OCT:
            j = self.i - 1
            while self.i < self.n and self.i < j + 3 and t[self.i] in _OCT:
                self.i += 1
            v = int(t[j:self.i], 8)
            if v > 255:
                raise self.err("octal escape value \\%s outside of range 0-0o377" % t[j:self.i], start)
            return v
        return self.char_escape(start, c, True)


def _width(node):
    """(min, max) code points the node matches; max is None when unbounded."""
    k = node[0]
    if k == "lit" or k == "any" or k == "set":
        return 1, 1
    if k == "cat":
        lo = 0
        hi = 0
        for sub in node[1]:
            a, b = _width(sub)
            lo += a
            hi = None if hi is None or b is None else hi + b
        return lo, hi
    if k == "alt":
        ws = [_width(sub) for sub in node[1]]
        lo = min(w[0] for w in ws)
        hi = 0
        for w in ws:
            if w[1] is None:
                hi = None
                break
            hi = max(hi, w[1])
        return lo, hi
    if k == "grp":
        return _width(node[2])
    if k == "atomic":
        return _width(node[1])
    if k == "rep":
        a, b = _width(node[4])
        hi = None if node[2] == _INF or b is None else b * node[2]
        return a * node[1], hi
    if k == "bref":
        return 0, None
    if k == "cond":
        a = _width(node[2])
        b = _width(node[3])
        return min(a[0], b[0]), (None if a[1] is None or b[1] is None else max(a[1], b[1]))
    return 0, 0


# --- compiler: node tree -> program ----------------------------------------------------


class _Compiler:
    def __init__(self, ngroups):
        self.code = []
        self.nloops = 0
        self.base = 2 * (ngroups + 1)

    def emit_item(self, node):
        """A one-code-point matcher, or False when node is not one."""
        code = self.code
        k = node[0]
        if k == "lit":
            cp = node[1]
            if node[2]:
                lo, up = _fold_pair(cp, node[2] == 2)
                if lo != up:
                    code.extend((_LITI, lo, up))
                    return True
            code.extend((_LIT, cp))
            return True
        if k == "any":
            code.append(_ANYALL if node[1] else _ANY)
            return True
        if k == "set":
            items = node[3]
            code.extend((_SET, 1 if node[1] else 0, node[2], len(items)))
            for it in items:
                code.extend(it)
            return True
        return False

    def emit(self, node):
        code = self.code
        k = node[0]
        if self.emit_item(node):
            return
        if k == "cat":
            for sub in node[1]:
                self.emit(sub)
        elif k == "alt":
            jumps = []
            subs = node[1]
            for j in range(len(subs)):
                if j < len(subs) - 1:
                    code.extend((_SPLIT, len(code) + 3, 0))
                    split_at = len(code) - 1
                    self.emit(subs[j])
                    code.extend((_JMP, 0))
                    jumps.append(len(code) - 1)
                    code[split_at] = len(code)
                else:
                    self.emit(subs[j])
            for at in jumps:
                code[at] = len(code)
        elif k == "grp":
            n = node[1]
            code.extend((_SAVE, 2 * n))
            self.emit(node[2])
            code.extend((_SAVE, 2 * n + 1))
        elif k == "at":
            code.extend((_AT, node[1]))
        elif k == "bref":
            code.extend((_BREF, node[1], node[2]))
        elif k == "look":
            behind, neg, sub = node[1], node[2], node[3]
            width = _width(sub)[0] if behind else 0
            code.extend((_LOOK, 1 if behind else 0, 1 if neg else 0, width, 0))
            at = len(code) - 1
            self.emit(sub)
            code.append(_SUCCEED)
            code[at] = len(code)
        elif k == "atomic":
            self.emit_atomic(node[1])
        elif k == "cond":
            code.extend((_COND, node[1], 0))
            at = len(code) - 1
            self.emit(node[2])
            code.extend((_JMP, 0))
            j = len(code) - 1
            code[at] = len(code)
            self.emit(node[3])
            code[j] = len(code)
        elif k == "rep":
            lo, hi, kind, sub = node[1], node[2], node[3], node[4]
            if kind == 2:
                self.emit_atomic(["rep", lo, hi, 0, sub])
                return
            if hi == 0:
                return
            start = len(code)
            code.extend((_SIMPLE, lo, hi, 1 if kind == 0 else 0, 0))
            if self.emit_item(sub):
                code[start + 4] = len(code)
                return
            del code[start:]
            r = self.base + 2 * self.nloops
            self.nloops += 1
            code.extend((_RINIT, r))
            loop = len(code)
            code.extend((_RTEST, r, lo, hi, 1 if kind == 0 else 0, 0))
            test_exit = len(code) - 1
            code.extend((_RLPOS, r))
            self.emit(sub)
            code.extend((_RNEXT, r, lo, loop, 0))
            code[test_exit] = len(code)
            code[len(code) - 1] = len(code)

    def emit_atomic(self, sub):
        code = self.code
        code.extend((_ATOMIC, 0))
        at = len(code) - 1
        self.emit(sub)
        code.append(_SUCCEED)
        code[at] = len(code)


def _fold_pair(cp, ascii_only):
    if ascii_only:
        if 65 <= cp <= 90:
            return cp + 32, cp
        if 97 <= cp <= 122:
            return cp, cp - 32
        return cp, cp
    ch = chr(cp)
    lo = ch.lower()
    up = ch.upper()
    lo = ord(lo) if len(lo) == 1 else cp
    up = ord(up) if len(up) == 1 else cp
    if lo == cp and up != cp:
        return cp, up
    if up == cp and lo != cp:
        return lo, cp
    if lo != cp:
        return lo, cp
    return cp, cp


# --- the Python matcher (used when the native _re is missing) ---------------------------


def _cat_ok(cat, c):
    if cat >= 8:
        asc = c < 128
        cat -= 8
        if cat == _C_DIGIT:
            return 48 <= c <= 57
        if cat == _C_NDIGIT:
            return not 48 <= c <= 57
        if cat == _C_WORD:
            return asc and (chr(c).isalnum() or c == 95)
        if cat == _C_NWORD:
            return not (asc and (chr(c).isalnum() or c == 95))
        if cat == _C_SPACE:
            return c in (32, 9, 10, 11, 12, 13)
        return c not in (32, 9, 10, 11, 12, 13)
    ch = chr(c)
    if cat == _C_DIGIT:
        return ch.isdecimal()
    if cat == _C_NDIGIT:
        return not ch.isdecimal()
    if cat == _C_WORD:
        return ch.isalnum() or c == 95
    if cat == _C_NWORD:
        return not (ch.isalnum() or c == 95)
    if cat == _C_SPACE:
        return ch.isspace() or 28 <= c <= 31
    return not (ch.isspace() or 28 <= c <= 31)


def _set_has(code, pc, c):
    n = code[pc + 3]
    j = pc + 4
    for _ in range(n):
        if code[j] == 0:
            if code[j + 1] <= c <= code[j + 2]:
                return True
        elif _cat_ok(code[j + 1], c):
            return True
        j += 3
    return False


def _item_ok(code, pc, c):
    op = code[pc]
    if op == _LIT:
        return c == code[pc + 1]
    if op == _LITI:
        return c == code[pc + 1] or c == code[pc + 2]
    if op == _ANY:
        return c != 10
    if op == _ANYALL:
        return True
    # _SET
    hit = _set_has(code, pc, c)
    if not hit and code[pc + 2] == 2:
        if 65 <= c <= 90:
            hit = _set_has(code, pc, c + 32)
        elif 97 <= c <= 122:
            hit = _set_has(code, pc, c - 32)
    elif not hit and code[pc + 2]:
        ch = chr(c)
        lo = ch.lower()
        up = ch.upper()
        if len(lo) == 1 and ord(lo) != c:
            hit = _set_has(code, pc, ord(lo))
        if not hit and len(up) == 1 and ord(up) != c:
            hit = _set_has(code, pc, ord(up))
    return hit != (code[pc + 1] == 1)


def _lower(c, icase):
    if icase == 2:
        return c + 32 if 65 <= c <= 90 else c
    lo = chr(c).lower()
    return ord(lo) if len(lo) == 1 else c


def _item_len(code, pc):
    op = code[pc]
    if op == _LIT:
        return 2
    if op == _LITI:
        return 3
    if op == _SET:
        return 4 + 3 * code[pc + 3]
    return 1


def _is_word(s, i, asc):
    c = s[i]
    if asc:
        return c < 128 and (chr(c).isalnum() or c == 95)
    return chr(c).isalnum() or c == 95


def _at_ok(kind, s, pos, end):
    if kind == _AT_BEG or kind == _AT_BSTR:
        return pos == 0
    if kind == _AT_BEGL:
        return pos == 0 or s[pos - 1] == 10
    if kind == _AT_END:
        return pos == end or (pos == end - 1 and s[pos] == 10)
    if kind == _AT_ENDL:
        return pos == end or s[pos] == 10
    if kind == _AT_ESTR:
        return pos == end
    asc = kind >= 16
    kind &= 15
    a = pos > 0 and _is_word(s, pos - 1, asc)
    b = pos < end and _is_word(s, pos, asc)
    if kind == _AT_WB:
        return a != b
    return a == b


def _run(code, s, pos, end, pc, regs, must_advance):
    """Match code from pc at pos; on success regs holds the captures and the end
    position is returned, else -1.  Backtracking uses the explicit list stack."""
    stack = []
    start = pos
    while True:
        op = code[pc]
        ok = True
        if op == _LIT:
            if pos < end and s[pos] == code[pc + 1]:
                pos += 1
                pc += 2
            else:
                ok = False
        elif op == _SAVE:
            slot = code[pc + 1]
            stack.append((1, slot, regs[slot]))
            regs[slot] = pos
            if slot & 1:
                stack.append((1, -1, regs[-1]))
                regs[-1] = slot >> 1
            pc += 2
        elif op == _SIMPLE:
            lo = code[pc + 1]
            hi = code[pc + 2]
            item = pc + 5
            if code[pc + 3]:
                limit = end if hi == _INF else min(end, pos + hi)
                p = pos
                while p < limit and _item_ok(code, item, s[p]):
                    p += 1
                if p - pos < lo:
                    ok = False
                else:
                    if p - pos > lo:
                        stack.append((2, pc, pos + lo, p))
                    pos = p
                    pc = code[pc + 4]
            else:
                p = pos
                while p - pos < lo and p < end and _item_ok(code, item, s[p]):
                    p += 1
                if p - pos < lo:
                    ok = False
                else:
                    stack.append((3, pc, p, lo))
                    pos = p
                    pc = code[pc + 4]
        elif op == _LITI:
            if pos < end and (s[pos] == code[pc + 1] or s[pos] == code[pc + 2]):
                pos += 1
                pc += 3
            else:
                ok = False
        elif op == _ANY or op == _ANYALL or op == _SET:
            if pos < end and _item_ok(code, pc, s[pos]):
                pos += 1
                pc += _item_len(code, pc)
            else:
                ok = False
        elif op == _JMP:
            pc = code[pc + 1]
        elif op == _SPLIT:
            stack.append((0, code[pc + 2], pos))
            pc = code[pc + 1]
        elif op == _MATCH or op == _SUCCEED:
            if must_advance and pos == start:
                ok = False
            else:
                return pos
        elif op == _AT:
            if _at_ok(code[pc + 1], s, pos, end):
                pc += 2
            else:
                ok = False
        elif op == _BREF:
            g = code[pc + 1]
            a = regs[2 * g]
            b = regs[2 * g + 1]
            if a < 0 or b < 0:
                ok = False
            else:
                n = b - a
                if pos + n > end:
                    ok = False
                else:
                    icase = code[pc + 2]
                    for j in range(n):
                        x = s[a + j]
                        y = s[pos + j]
                        if x != y and not (icase and _lower(x, icase) == _lower(y, icase)):
                            ok = False
                            break
                    if ok:
                        pos += n
                        pc += 3
        elif op == _LOOK or op == _ATOMIC:
            sub = list(regs)
            if op == _LOOK:
                behind = code[pc + 1]
                neg = code[pc + 2]
                at = pos - code[pc + 3] if behind else pos
                r = -1
                if at >= 0:
                    r = _run(code, s, at, end if not behind else pos, pc + 5, sub, False)
                nxt = code[pc + 4]
            else:
                neg = 0
                r = _run(code, s, pos, end, pc + 2, sub, False)
                nxt = code[pc + 1]
            if (r >= 0) == bool(neg):
                ok = False
            else:
                if not neg:
                    for j in range(len(regs)):
                        if sub[j] != regs[j]:
                            stack.append((1, j, regs[j]))
                            regs[j] = sub[j]
                    if op == _ATOMIC:
                        pos = r
                pc = nxt
        elif op == _RINIT:
            r = code[pc + 1]
            stack.append((1, r, regs[r]))
            regs[r] = 0
            pc += 2
        elif op == _RTEST:
            r = code[pc + 1]
            cnt = regs[r]
            lo = code[pc + 2]
            hi = code[pc + 3]
            if cnt < lo:
                pc += 6
            elif cnt == hi:
                pc = code[pc + 5]
            elif code[pc + 4]:
                stack.append((0, code[pc + 5], pos))
                pc += 6
            else:
                stack.append((0, pc + 6, pos))
                pc = code[pc + 5]
        elif op == _RLPOS:
            r = code[pc + 1] + 1
            stack.append((1, r, regs[r]))
            regs[r] = pos
            pc += 2
        elif op == _RNEXT:
            r = code[pc + 1]
            stack.append((1, r, regs[r]))
            regs[r] += 1
            if pos == regs[r + 1] and regs[r] >= code[pc + 2]:
                pc = code[pc + 4]
            else:
                pc = code[pc + 3]
        elif op == _COND:
            g = code[pc + 1]
            if regs[2 * g] >= 0 and regs[2 * g + 1] >= 0:
                pc += 3
            else:
                pc = code[pc + 2]
        else:  # _FAIL
            ok = False
        if ok:
            continue
        # backtrack
        while True:
            if not stack:
                return -1
            e = stack.pop()
            t = e[0]
            if t == 1:
                regs[e[1]] = e[2]
                continue
            if t == 0:
                pc = e[1]
                pos = e[2]
                break
            if t == 2:
                spc, minpos, cur = e[1], e[2], e[3]
                cur -= 1
                if cur > minpos:
                    stack.append((2, spc, minpos, cur))
                pos = cur
                pc = code[spc + 4]
                break
            spc, cur, cnt = e[1], e[2], e[3]
            hi = code[spc + 2]
            if (hi == _INF or cnt < hi) and cur < end and _item_ok(code, spc + 5, s[cur]):
                stack.append((3, spc, cur + 1, cnt + 1))
                pos = cur + 1
                pc = code[spc + 4]
                break


def _py_search(prog, s, pos, end, mode, must_advance):
    """mode 0 search, 1 match, 2 fullmatch; returns the regs list or None."""
    code = prog.code
    nregs = prog.nregs
    first = prog.first
    if mode == 2:
        code = prog.fullcode
    while pos <= end:
        if mode == 0 and first >= 0:
            while pos < end and s[pos] != first:
                pos += 1
            if pos >= end:
                return None
        regs = [-1] * nregs
        r = _run(code, s, pos, end, 0, regs, must_advance)
        if r >= 0:
            regs[0] = pos
            regs[1] = r
            return regs
        if mode:
            return None
        must_advance = False
        pos += 1
    return None


from types import MappingProxyType as _MappingProxy

try:
    import _re
    _native = _re.run
except ImportError:
    _native = None


class _Prog:
    pass


def _compile_prog(tree, ngroups):
    comp = _Compiler(ngroups)
    comp.emit(tree)
    prog = _Prog()
    body = comp.code
    prog.code = body + [_MATCH]
    prog.fullcode = body + [_AT, _AT_ESTR, _MATCH]
    prog.nregs = 2 * (ngroups + 1) + 2 * comp.nloops + 1
    prog.first = -1
    if body and body[0] == _LIT:
        prog.first = body[1]
    if _native is not None:
        prog.ncode = _re.prepare(prog.code)
        prog.nfull = _re.prepare(prog.fullcode)
    return prog


def _exec(prog, s, pos, end, mode, must_advance):
    if _native is not None:
        return _native(prog.nfull if mode == 2 else prog.ncode, prog.nregs, prog.first,
                       s, pos, end, mode, must_advance)
    if isinstance(s, str):
        codes = [ord(c) for c in s[:end]]
    else:
        codes = list(s[:end])
    return _py_search(prog, codes, pos, end, mode, must_advance)


# --- Pattern and Match -----------------------------------------------------------------


def _check_subject(pattern, string):
    if isinstance(string, str):
        if not pattern._isstr:
            raise TypeError("cannot use a bytes pattern on a string-like object")
        return string
    if isinstance(string, (bytes, bytearray, memoryview)):
        if pattern._isstr:
            raise TypeError("cannot use a string pattern on a bytes-like object")
        return bytes(string)
    raise TypeError("expected string or bytes-like object, got %r" % type(string).__name__)


def _clamp(n, pos, endpos):
    if pos < 0:
        pos = 0
    if pos > n:
        pos = n
    if endpos is None or endpos > n:
        endpos = n
    if endpos < 0:
        endpos = 0
    return pos, endpos


@_native_frame
class Pattern:
    """A compiled regular expression."""

    def __init__(self, pattern, flags):
        if isinstance(pattern, str):
            if flags & 4:
                raise ValueError("cannot use LOCALE flag with a str pattern")
            if flags & 256 and flags & 32:
                raise ValueError("ASCII and UNICODE flags are incompatible")
            self._isstr = True
        else:
            if flags & 32:
                raise ValueError("cannot use UNICODE flag with a bytes pattern")
            if flags & 4 and flags & 256:
                raise ValueError("ASCII and LOCALE flags are incompatible")
            self._isstr = False
        p = _Parser(pattern, int(flags))
        tree = p.parse()
        f = p.flags
        if self._isstr and not f & 256:
            f |= 32
        self.pattern = pattern
        self.flags = f
        self.groups = p.ngroups
        self.groupindex = _MappingProxy(dict(p.names)) if p.names else {}
        self._names = {}
        for k, v in p.names.items():
            self._names[v] = k
        self._prog = _compile_prog(tree, p.ngroups)

    def __repr__(self):
        pat = repr(self.pattern)
        if len(pat) > 200:
            pat = pat[:200]
        f = self.flags
        if self._isstr:
            f &= ~32
        if f:
            return "re.compile(%s, %r)" % (pat, RegexFlag(f))
        return "re.compile(%s)" % pat

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def _do(self, string, pos, endpos, mode, must_advance=False):
        string = _check_subject(self, string)
        pos, endpos = _clamp(len(string), pos, endpos)
        regs = _exec(self._prog, string, pos, endpos, mode, must_advance)
        if regs is None:
            return None
        return Match(self, string, pos, endpos, regs)

    def match(self, string, pos=0, endpos=None):
        return self._do(string, pos, endpos, 1)

    def fullmatch(self, string, pos=0, endpos=None):
        return self._do(string, pos, endpos, 2)

    def search(self, string, pos=0, endpos=None):
        return self._do(string, pos, endpos, 0)

    def _iter(self, string, pos=0, endpos=None):
        string = _check_subject(self, string)
        pos, endpos = _clamp(len(string), pos, endpos)
        prog = self._prog
        must = False
        while pos <= endpos:
            regs = _exec(prog, string, pos, endpos, 0, must)
            if regs is None:
                return
            m = Match(self, string, pos, endpos, regs)
            yield m
            must = regs[1] == regs[0]
            pos = regs[1]

    def finditer(self, string, pos=0, endpos=None):
        return self._iter(string, pos, endpos)

    def findall(self, string, pos=0, endpos=None):
        out = []
        g = self.groups
        for m in self._iter(string, pos, endpos):
            if g == 0:
                out.append(m.group(0))
            elif g == 1:
                out.append(m._get(1, m.string[:0]))
            else:
                out.append(m.groups(m.string[:0]))
        return out

    def split(self, string, maxsplit=0):
        out = []
        last = 0
        n = 0
        string = _check_subject(self, string)
        for m in self._iter(string):
            if maxsplit > 0 and n >= maxsplit:
                break
            out.append(string[last:m.start()])
            if self.groups:
                out.extend(m.groups())
            last = m.end()
            n += 1
        out.append(string[last:])
        return out

    def subn(self, repl, string, count=0):
        string = _check_subject(self, string)
        if callable(repl):
            fn = repl
        else:
            tpl = _parse_template(self, repl)
            if len(tpl) == 1 and not isinstance(tpl[0], int):
                lit = tpl[0]
                fn = None
            else:
                fn = tpl
        out = []
        last = 0
        n = 0
        for m in self._iter(string):
            if count > 0 and n >= count:
                break
            out.append(string[last:m.start()])
            if fn is None:
                out.append(lit)
            elif isinstance(fn, list):
                out.append(_expand(m, fn))
            else:
                r = fn(m)
                if r is None:
                    r = string[:0]
                elif not isinstance(r, type(string[:0])):
                    k = len([x for x in out if x])
                    if self._isstr:
                        raise TypeError("sequence item %d: expected str instance, %s found"
                                        % (k, type(r).__name__))
                    raise TypeError("sequence item %d: expected a bytes-like object, %s found"
                                    % (k, type(r).__name__))
                out.append(r)
            last = m.end()
            n += 1
        out.append(string[last:])
        return string[:0].join(out), n

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]

    def scanner(self, string, pos=0, endpos=None):
        raise NotImplementedError("re: Pattern.scanner is not supported")


def _parse_template(pattern, repl):
    """The replacement template as a list of literal strings and group numbers."""
    isstr = pattern._isstr
    if isstr:
        if not isinstance(repl, str):
            raise TypeError("expected str instance, %s found" % type(repl).__name__)
        t = repl
    else:
        if isinstance(repl, str):
            raise TypeError("expected a bytes-like object, str found")
        t = bytes(repl).decode("latin-1")
    if "\\" not in t:
        return [repl]
    parts = []
    lit = []
    i = 0
    n = len(t)
    while i < n:
        c = t[i]
        if c != "\\":
            lit.append(c)
            i += 1
            continue
        start = i
        i += 1
        if i >= n:
            raise error("bad escape (end of pattern)", repl, start)
        c = t[i]
        i += 1
        g = None
        if c == "g":
            if i >= n or t[i] != "<":
                raise error("missing <", repl, i)
            k = t.find(">", i + 1)
            if k < 0:
                raise error("missing >, unterminated name", repl, i + 1)
            name = t[i + 1:k]
            if not name:
                raise error("missing group name", repl, i + 1)
            if name.isdigit() and name.isascii():
                g = int(name)
                if g > pattern.groups:
                    raise error("invalid group reference %d" % g, repl, i + 1)
            elif name.isidentifier():
                if name not in pattern.groupindex:
                    raise IndexError("unknown group name %r" % name)
                g = pattern.groupindex[name]
            else:
                raise error("bad character in group name %r" % name, repl, i + 1)
            i = k + 1
        elif c == "0":
            j = i
            while i < n and i < j + 2 and t[i] in _OCT:
                i += 1
            lit.append(chr(int("0" + t[j:i], 8)))
        elif c in _DIGITS:
            if (i + 1 < n and c in _OCT and t[i] in _OCT and t[i + 1] in _OCT):
                v = int(t[i - 1:i + 2], 8)
                i += 2
                if v > 255:
                    raise error("octal escape value \\%s outside of range 0-0o377"
                                % t[start + 1:i], repl, start)
                lit.append(chr(v))
            else:
                j = i - 1
                if i < n and t[i] in _DIGITS:
                    i += 1
                g = int(t[j:i])
                if g > pattern.groups:
                    raise error("invalid group reference %d" % g, repl, j)
        elif c in _SIMPLE_ESC:
            lit.append(chr(_SIMPLE_ESC[c]))
        elif c in _ASCII_LETTERS:
            raise error("bad escape \\" + c, repl, start)
        else:
            lit.append("\\" + c)
        if g is not None:
            if lit:
                parts.append("".join(lit))
                lit = []
            parts.append(g)
    if lit:
        parts.append("".join(lit))
    if not isstr:
        parts = [p if isinstance(p, int) else p.encode("latin-1") for p in parts]
    return parts


def _expand(m, parts):
    empty = m.string[:0]
    out = []
    for p in parts:
        if isinstance(p, int):
            v = m._get(p, empty)
            out.append(v)
        else:
            out.append(p)
    return empty.join(out)


@_native_frame
class Match:
    """The result of a successful match."""

    def __init__(self, pattern, string, pos, endpos, regs):
        self.re = pattern
        self.string = string
        self.pos = pos
        self.endpos = endpos
        self._regs = regs
        li = regs[-1]
        self.lastindex = li if li > 0 else None

    @property
    def lastgroup(self):
        if self.lastindex is None:
            return None
        return self.re._names.get(self.lastindex)

    @property
    def regs(self):
        return tuple(self.span(g) for g in range(self.re.groups + 1))

    def _index(self, g):
        if isinstance(g, int) and not isinstance(g, bool) or type(g) is bool:
            if 0 <= g <= self.re.groups:
                return int(g)
        elif isinstance(g, (str, bytes)):
            if g in self.re.groupindex:
                return self.re.groupindex[g]
        elif hasattr(g, "__index__"):
            try:
                gi = g.__index__()
            except Exception:
                gi = -1
            if 0 <= gi <= self.re.groups:
                return gi
        raise IndexError("no such group")

    def _get(self, g, default=None):
        a = self._regs[2 * g]
        b = self._regs[2 * g + 1]
        if a < 0 or b < 0:
            return default
        return self.string[a:b]

    def group(self, *args):
        if not args:
            return self._get(0)
        if len(args) == 1:
            return self._get(self._index(args[0]))
        return tuple(self._get(self._index(g)) for g in args)

    def __getitem__(self, g):
        return self._get(self._index(g))

    def groups(self, default=None):
        return tuple(self._get(g, default) for g in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        d = {}
        for name, g in self.re.groupindex.items():
            d[name] = self._get(g, default)
        return d

    def start(self, group=0):
        g = self._index(group)
        if self._regs[2 * g + 1] < 0:
            return -1
        return self._regs[2 * g]

    def end(self, group=0):
        g = self._index(group)
        if self._regs[2 * g] < 0:
            return -1
        return self._regs[2 * g + 1]

    def span(self, group=0):
        g = self._index(group)
        a = self._regs[2 * g]
        b = self._regs[2 * g + 1]
        if a < 0 or b < 0:
            return (-1, -1)
        return (a, b)

    def expand(self, template):
        return _expand(self, _parse_template(self.re, template))

    def __bool__(self):
        return True

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __repr__(self):
        return "<re.Match object; span=%r, match=%r>" % (self.span(), self.group(0))


# --- module-level functions ------------------------------------------------------------

_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = int(flags)
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    if not isinstance(pattern, (str, bytes)):
        raise TypeError("first argument must be string or compiled pattern")
    key = (type(pattern), pattern, flags)
    p = _cache.get(key)
    if p is not None:
        return p
    p = Pattern(pattern, flags)
    if len(_cache) >= _MAXCACHE:
        _cache.clear()
    _cache[key] = p
    return p


def compile(pattern, flags=0):
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return _compile(pattern, flags).finditer(string)


def purge():
    _cache.clear()


_SPECIAL = frozenset("()[]{}?*+-|^$\\.&~# \t\n\r\v\f")


def escape(pattern):
    if isinstance(pattern, str):
        return "".join("\\" + c if c in _SPECIAL else c for c in pattern)
    pattern = bytes(pattern)
    out = bytearray()
    for b in pattern:
        if chr(b) in _SPECIAL:
            out.append(92)
        out.append(b)
    return bytes(out)
