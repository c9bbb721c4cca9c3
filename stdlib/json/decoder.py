# json.decoder — JSONDecoder and JSONDecodeError.  Scanning a document is the
# job of the C scanner that _json.make_scanner() builds.

import _json

__all__ = ['JSONDecoder', 'JSONDecodeError']

NaN = float('nan')
PosInf = float('inf')
NegInf = float('-inf')

# What the non-standard literals decode to unless parse_constant says else.
_CONSTANTS = {'NaN': NaN, 'Infinity': PosInf, '-Infinity': NegInf}

_BLANKS = ' \t\n\r'   # the only whitespace JSON allows between tokens


class JSONDecodeError(ValueError):
    # A ValueError that also knows where in the document things went wrong:
    # msg (bare message), doc, pos (index), lineno and colno (1-based).
    def __init__(self, msg, doc, pos):
        before = doc[:pos]
        line = before.count('\n') + 1
        col = pos - before.rfind('\n')
        ValueError.__init__(self, f'{msg}: line {line} column {col} (char {pos})')
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = line
        self.colno = col

    def __reduce__(self):
        return type(self), (self.msg, self.doc, self.pos)


def _past_blanks(s, i):
    end = len(s)
    while i < end and s[i] in _BLANKS:
        i += 1
    return i


class JSONDecoder:
    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        # strict=False lets control characters appear inside strings.
        self.object_hook = object_hook
        self.object_pairs_hook = object_pairs_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.scan_once = _json.make_scanner(
            strict, object_hook, object_pairs_hook, self.parse_float,
            self.parse_int, self.parse_constant, JSONDecodeError)

    def decode(self, s):
        # One document, optionally surrounded by whitespace, and nothing else.
        value, stop = self.raw_decode(s, _past_blanks(s, 0))
        stop = _past_blanks(s, stop)
        if stop != len(s):
            raise JSONDecodeError('Extra data', s, stop)
        return value

    def raw_decode(self, s, idx=0):
        # Decodes the document starting at idx; returns (value, index after it).
        try:
            return self.scan_once(s, idx)
        except StopIteration as stop:
            # The scanner reports "no value here" with the position.
            raise JSONDecodeError('Expecting value', s, stop.value) from None
