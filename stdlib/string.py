# string — the character-class constants, capwords(), and Template, the
# simple "$name" substitution class.
#
# Coil has no `re` module, so Template reads its text with a small hand-
# written scanner.  A subclass may pick another `delimiter` (any non-empty
# string); identifiers are always ASCII [_A-Za-z][_A-Za-z0-9]*, and custom
# `idpattern`/`pattern` regexes are not supported.

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Template"]

ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = ascii_lowercase.upper()
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
octdigits = digits[:8]
hexdigits = digits + 'abcdef' + 'ABCDEF'
# All 32 printable ASCII characters that are neither letters, digits nor space.
punctuation = ''.join([chr(c) for c in range(33, 127) if not chr(c).isalnum()])
whitespace = ' \t\n\r\x0b\x0c'
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    words = s.split(sep)
    joiner = ' ' if sep is None else sep
    return joiner.join([w.capitalize() for w in words])


_NAME_FIRST = frozenset('_' + ascii_letters)
_NAME_REST = frozenset('_' + ascii_letters + digits)

# Pieces of a parsed template.
_TEXT, _ESCAPE, _NAME, _BAD = range(4)


def _read_name(text, i):
    # End index of the identifier starting at i, or i when there is none.
    n = len(text)
    if i < n and text[i] in _NAME_FIRST:
        i += 1
        while i < n and text[i] in _NAME_REST:
            i += 1
    return i


def _where(text, end):
    # Line and column reported for a bad placeholder whose delimiter ends at
    # `end`: the column is that of the delimiter's last character (1-based),
    # with line breaks counted the way str.splitlines() does.
    lines = text[:end].splitlines()
    return len(lines), len(lines[-1])


class _Overlay:
    # Keyword arguments shadow the positional mapping.
    def __init__(self, front, back):
        self.front = front
        self.back = back

    def __getitem__(self, key):
        if key in self.front:
            return self.front[key]
        return self.back[key]


_NO_MAPPING = {}


class Template:
    delimiter = '$'

    def __init__(self, template):
        self.template = template

    def _pieces(self):
        # Yields (kind, payload, raw) with raw being the original text.
        text = self.template
        mark = self.delimiter
        width = len(mark)
        pos = 0
        while True:
            hit = text.find(mark, pos)
            if hit < 0:
                if pos < len(text):
                    yield _TEXT, text[pos:], None
                return
            if hit > pos:
                yield _TEXT, text[pos:hit], None
            after = hit + width
            if text.startswith(mark, after):
                yield _ESCAPE, mark, text[hit:after + width]
                pos = after + width
                continue
            stop = _read_name(text, after)
            if stop > after:
                yield _NAME, text[after:stop], text[hit:stop]
                pos = stop
                continue
            if text.startswith('{', after):
                stop = _read_name(text, after + 1)
                if stop > after + 1 and text.startswith('}', stop):
                    yield _NAME, text[after + 1:stop], text[hit:stop + 1]
                    pos = stop + 1
                    continue
            # A delimiter followed by nothing usable.
            yield _BAD, after, mark
            pos = after

    def _fill(self, mapping, kws, lenient):
        if mapping is _NO_MAPPING:
            lookup = kws
        elif kws:
            lookup = _Overlay(kws, mapping)
        else:
            lookup = mapping
        out = []
        for kind, payload, raw in self._pieces():
            if kind == _TEXT or kind == _ESCAPE:
                out.append(payload)
            elif kind == _NAME:
                if lenient:
                    try:
                        out.append('%s' % (lookup[payload],))
                    except KeyError:
                        out.append(raw)
                else:
                    out.append('%s' % (lookup[payload],))
            elif lenient:
                out.append(raw)
            else:
                line, col = _where(self.template, payload)
                raise ValueError(f'Invalid placeholder in string: line {line}, col {col}')
        return ''.join(out)

    def substitute(self, mapping=_NO_MAPPING, /, **kws):
        return self._fill(mapping, kws, False)

    def safe_substitute(self, mapping=_NO_MAPPING, /, **kws):
        return self._fill(mapping, kws, True)

    def is_valid(self):
        for kind, _, _ in self._pieces():
            if kind == _BAD:
                return False
        return True

    def get_identifiers(self):
        names = []
        for kind, payload, _ in self._pieces():
            if kind == _NAME and payload not in names:
                names.append(payload)
        return names
