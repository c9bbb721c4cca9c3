# string — the character-class constants, capwords(), Template, the
# simple "$name" substitution class, and Formatter, str.format() as
# overridable Python steps (parse, get_field, convert_field, format_field).
#
# Coil has no `re` module, so Template reads its text with a small hand-
# written scanner.  A subclass may pick another `delimiter` (any non-empty
# string); identifiers are always ASCII [_A-Za-z][_A-Za-z0-9]*, and custom
# `idpattern`/`pattern` regexes are not supported.

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

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


# --- Formatter -------------------------------------------------------------------
#
# _parse_format and _split_field_name are the two parsers CPython keeps in its
# _string module (formatter_parser, formatter_field_name_split): the same
# pieces, the same errors, raised at the same point of the iteration.

def _parse_format(text):
    """Yield (literal_text, field_name, format_spec, conversion) tuples."""
    i, n = 0, len(text)
    while i < n:
        start = i
        c = ''
        markup = False
        while i < n:
            c = text[i]
            i += 1
            if c == '{' or c == '}':
                markup = True
                break
        at_end = i >= n
        end = i
        if c == '}' and markup and (at_end or text[i] != '}'):
            raise ValueError("Single '}' encountered in format string")
        if at_end and markup and c == '{':
            raise ValueError("Single '{' encountered in format string")
        if markup and not at_end:
            if text[i] == c:
                i += 1          # an escaped brace: literal text only
                markup = False
            else:
                end -= 1
        literal = text[start:end]
        if not markup:
            yield (literal, None, None, None)
            continue
        # The field name runs to '}', ':' or '!' ('[...]' may hold them).
        fstart = i
        c = ''
        while i < n:
            c = text[i]
            i += 1
            if c == '{':
                raise ValueError("unexpected '{' in field name")
            if c == '[':
                while i < n and text[i] != ']':
                    i += 1
                c = ''
                continue
            if c in '}:!':
                break
            c = ''
        field_name = text[fstart:i - 1] if c else text[fstart:i]
        conversion = None
        if c == '!' or c == ':':
            if c == '!':
                if i >= n:
                    raise ValueError("end of string while looking for conversion specifier")
                conversion = text[i]
                i += 1
                if i < n:
                    c = text[i]
                    i += 1
                    if c == '}':
                        yield (literal, field_name, '', conversion)
                        continue
                    if c != ':':
                        raise ValueError("expected ':' after conversion specifier")
            sstart = i
            count = 1
            while i < n:
                c = text[i]
                i += 1
                if c == '{':
                    count += 1
                elif c == '}':
                    count -= 1
                    if count == 0:
                        break
            if count:
                raise ValueError("unmatched '{' in format spec")
            yield (literal, field_name, text[sstart:i - 1], conversion)
        elif c != '}':
            raise ValueError("expected '}' before end of string")
        else:
            yield (literal, field_name, '', None)


def _field_index(name):
    """An all-digit name is an index (CPython's get_integer)."""
    if name and all('0' <= ch <= '9' for ch in name):
        return int(name)
    return name


def _field_rest(name, i):
    n = len(name)
    while i < n:
        c = name[i]
        i += 1
        if c == '.':
            start = i
            while i < n and name[i] not in '.[':
                i += 1
            part = name[start:i]
            is_attr = True
        elif c == '[':
            start = i
            while i < n and name[i] != ']':
                i += 1
            if i >= n:
                raise ValueError("Missing ']' in format string")
            part = name[start:i]
            i += 1
            is_attr = False
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
        if not part:
            raise ValueError("Empty attribute in format string")
        yield (is_attr, part if is_attr else _field_index(part))


def _split_field_name(name):
    """(first, iterator of (is_attribute, key)) for a field name."""
    i = 0
    while i < len(name) and name[i] not in '.[':
        i += 1
    return _field_index(name[:i]), _field_rest(name, i)


class Formatter:
    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is None:
                continue
            # Automatic numbering ('{}') and manual ('{0}') do not mix;
            # auto_arg_index is False once a manual index was seen.
            if field_name == '':
                if auto_arg_index is False:
                    raise ValueError('cannot switch from manual field '
                                     'specification to automatic field '
                                     'numbering')
                field_name = str(auto_arg_index)
                auto_arg_index += 1
            elif field_name.isdigit():
                if auto_arg_index:
                    raise ValueError('cannot switch from manual field '
                                     'specification to automatic field '
                                     'numbering')
                auto_arg_index = False
            obj, arg_used = self.get_field(field_name, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)
            format_spec, auto_arg_index = self._vformat(
                format_spec, args, kwargs, used_args, recursion_depth - 1,
                auto_arg_index=auto_arg_index)
            result.append(self.format_field(obj, format_spec))
        return ''.join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        else:
            return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        elif conversion == 's':
            return str(value)
        elif conversion == 'r':
            return repr(value)
        elif conversion == 'a':
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))

    def parse(self, format_string):
        return _parse_format(format_string)

    def get_field(self, field_name, args, kwargs):
        first, rest = _split_field_name(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, i in rest:
            if is_attr:
                obj = getattr(obj, i)
            else:
                obj = obj[i]
        return obj, first
