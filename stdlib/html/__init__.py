# html — escape() for putting text into HTML and unescape() for turning
# character references (named, decimal, hexadecimal) back into text, with the
# HTML5 parser's rules for malformed references.

from html.entities import html5 as _html5

__all__ = ['escape', 'unescape']


def escape(s, quote=True):
    """
    Replace special characters "&", "<" and ">" to HTML-safe sequences.
    If the optional flag quote is true (the default), the quotation mark
    characters, both double quote (") and single quote (') characters are also
    translated.
    """
    s = s.replace("&", "&amp;")  # must be done first
    s = s.replace("<", "&lt;")
    s = s.replace(">", "&gt;")
    if quote:
        s = s.replace('"', "&quot;")
        s = s.replace('\'', "&#x27;")
    return s


# Numeric references to these code points are replaced as the HTML5 parser
# does (mostly the windows-1252 reading of 0x80-0x9F).
_invalid_charrefs = {
    0x00: '\ufffd', 0x0d: '\r', 0x80: '\u20ac', 0x81: '\x81', 0x82: '\u201a',
    0x83: '\u0192', 0x84: '\u201e', 0x85: '\u2026', 0x86: '\u2020', 0x87: '\u2021',
    0x88: '\u02c6', 0x89: '\u2030', 0x8a: '\u0160', 0x8b: '\u2039', 0x8c: '\u0152',
    0x8d: '\x8d', 0x8e: '\u017d', 0x8f: '\x8f', 0x90: '\x90', 0x91: '\u2018',
    0x92: '\u2019', 0x93: '\u201c', 0x94: '\u201d', 0x95: '\u2022', 0x96: '\u2013',
    0x97: '\u2014', 0x98: '\u02dc', 0x99: '\u2122', 0x9a: '\u0161', 0x9b: '\u203a',
    0x9c: '\u0153', 0x9d: '\x9d', 0x9e: '\u017e', 0x9f: '\u0178',
}

# Code points a numeric reference may not produce: they vanish.
_invalid_codepoints = set(range(0x1, 0x9)) | set(range(0xe, 0x20)) | \
    set(range(0x7f, 0xa0)) | set(range(0xfdd0, 0xfdf0)) | {0xb}
for _plane in range(0x11):
    _invalid_codepoints.add(_plane * 0x10000 + 0xfffe)
    _invalid_codepoints.add(_plane * 0x10000 + 0xffff)
del _plane

_DIGITS = '0123456789'
_HEXDIGITS = '0123456789abcdefABCDEF'
_NAME_STOP = '\t\n\f <&#;'


def _numeric(num):
    if num in _invalid_charrefs:
        return _invalid_charrefs[num]
    if 0xD800 <= num <= 0xDFFF or num > 0x10FFFF:
        return '\uFFFD'
    if num in _invalid_codepoints:
        return ''
    return chr(num)


def _reference(s, i):
    # s[i] is '&'.  Returns (replacement, index after the reference), or
    # None when no reference starts here (the '&' stays as it is).
    n = len(s)
    j = i + 1
    if j < n and s[j] == '#':
        j += 1
        if j < n and s[j] in 'xX':
            k = j + 1
            while k < n and s[k] in _HEXDIGITS:
                k += 1
            if k == j + 1:
                return None
            num = int(s[j + 1:k], 16)
        else:
            k = j
            while k < n and s[k] in _DIGITS:
                k += 1
            if k == j:
                return None
            num = int(s[j:k])
        if k < n and s[k] == ';':
            k += 1
        return _numeric(num), k
    # A named reference: up to 32 characters, then an optional ';'.
    k = j
    while k < n and k - j < 32 and s[k] not in _NAME_STOP:
        k += 1
    if k == j:
        return None
    if k < n and s[k] == ';':
        k += 1
    name = s[j:k]
    if name in _html5:
        return _html5[name], k
    # Otherwise the longest known prefix (at least two characters) wins.
    for x in range(len(name) - 1, 1, -1):
        if name[:x] in _html5:
            return _html5[name[:x]] + name[x:], k
    return '&' + name, k


def unescape(s):
    """
    Convert all named and numeric character references (e.g. &gt;, &#62;,
    &x3e;) in the string s to the corresponding unicode characters.
    This function uses the rules defined by the HTML 5 standard
    for both valid and invalid character references, and the list of
    HTML 5 named character references defined in html.entities.html5.
    """
    if '&' not in s:
        return s
    out = []
    start = 0
    i = s.find('&')
    while i >= 0:
        r = _reference(s, i)
        if r is None:
            i = s.find('&', i + 1)
            continue
        out.append(s[start:i])
        out.append(r[0])
        start = r[1]
        i = s.find('&', start)
    out.append(s[start:])
    return ''.join(out)
