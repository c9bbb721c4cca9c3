# json.encoder — JSONEncoder.  The text itself is produced in C by
# _json.encode(), which follows CPython's output for every option.

import _json

__all__ = ['JSONEncoder', 'encode_basestring', 'encode_basestring_ascii']

# str -> JSON string literal, keeping non-ASCII as is / escaping it as \uXXXX.
encode_basestring = _json.encode_basestring
encode_basestring_ascii = _json.encode_basestring_ascii

INFINITY = float('inf')


class JSONEncoder:
    # Default separators; indent=... switches the item one to ',' because
    # a newline follows it anyway.
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True,
                 allow_nan=True, sort_keys=False, indent=None, separators=None,
                 default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            # An instance attribute shadows the method below.
            self.default = default

    def default(self, o):
        # Called for objects the encoder does not know; subclasses override
        # it to return something serializable.
        raise TypeError(f'Object of type {type(o).__name__} is not JSON serializable')

    def encode(self, o):
        if isinstance(o, str):
            return encode_basestring_ascii(o) if self.ensure_ascii else encode_basestring(o)
        return ''.join(self.iterencode(o, _one_shot=True))

    def iterencode(self, o, _one_shot=False):
        # The C encoder produces the whole text at once: a single chunk.
        pad = self.indent
        if pad is not None and not isinstance(pad, str):
            pad = ' ' * pad
        text = _json.encode(o, pad, self.item_separator, self.key_separator,
                            self.sort_keys, self.ensure_ascii, self.allow_nan,
                            self.skipkeys, self.check_circular, self.default)
        return [text]
