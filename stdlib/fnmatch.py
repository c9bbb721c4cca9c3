# fnmatch — shell-style wildcards (*, ?, [seq], [!seq]) matched through
# regular expressions; translate() gives CPython 3.11's regex text (a run
# of stars between fixed parts becomes an atomic (?>.*?fixed) group, so
# matching stays linear).  Original Coil code.

import os
import re

__all__ = ['filter', 'fnmatch', 'fnmatchcase', 'translate']

_cache = {}

# os.path.normcase on POSIX: the name unchanged, after os.fspath's type
# check.  (Coil's posixpath takes str only; this keeps bytes names working.)
_normcase = os.fspath


def fnmatch(name, pat):
    name = _normcase(name)
    pat = _normcase(pat)
    return fnmatchcase(name, pat)


def _compile(pat):
    match = _cache.get((type(pat), pat))
    if match is None:
        if isinstance(pat, bytes):
            regex = bytes(translate(str(pat, 'ISO-8859-1')), 'ISO-8859-1')
        else:
            regex = translate(pat)
        match = re.compile(regex).match
        if len(_cache) >= 32768:
            _cache.clear()
        _cache[(type(pat), pat)] = match
    return match


def filter(names, pat):
    match = _compile(_normcase(pat))
    return [name for name in names if match(name)]


def fnmatchcase(name, pat):
    return _compile(pat)(name) is not None


_STAR = object()


def _bracket(pat, start, end):
    # The regex class for pat[start:end], the text between '[' and ']'.
    body = pat[start:end]
    if '-' not in body:
        text = body.replace('\\', '\\\\')
    else:
        # Split at the hyphens that make ranges: not the first character
        # (after a '!'), and not one right after a range's end.
        pieces = []
        pos = start
        k = start + 2 if pat[start] == '!' else start + 1
        while True:
            k = pat.find('-', k, end)
            if k < 0:
                break
            pieces.append(pat[pos:k])
            pos = k + 1
            k += 3
        rest = pat[pos:end]
        if rest:
            pieces.append(rest)
        else:
            pieces[-1] += '-'
        # A range whose start is past its end matches nothing: drop it,
        # joining what is left of its neighbours.
        for k in range(len(pieces) - 1, 0, -1):
            if pieces[k - 1][-1] > pieces[k][0]:
                pieces[k - 1] = pieces[k - 1][:-1] + pieces[k][1:]
                del pieces[k]
        text = '-'.join(p.replace('\\', '\\\\').replace('-', '\\-') for p in pieces)
    # Characters re may one day read as set operations (&&, ~~, ||).
    text = ''.join('\\' + c if c in '&~|' else c for c in text)
    if not text:
        return '(?!)'
    if text == '!':
        return '.'
    if text[0] == '!':
        return '[^' + text[1:] + ']'
    if text[0] in '^[':
        return '[\\' + text + ']'
    return '[' + text + ']'


def translate(pat):
    parts = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            if not parts or parts[-1] is not _STAR:
                parts.append(_STAR)
        elif c == '?':
            parts.append('.')
        elif c == '[':
            j = i
            if j < n and pat[j] == '!':
                j += 1
            if j < n and pat[j] == ']':
                j += 1
            while j < n and pat[j] != ']':
                j += 1
            if j >= n:
                parts.append('\\[')
            else:
                parts.append(_bracket(pat, i, j))
                i = j + 1
        else:
            parts.append(re.escape(c))
    # Fixed text up to the first star; then each star with the fixed text
    # after it: an atomic lazy group, except after the last star.
    out = []
    k = 0
    while k < len(parts) and parts[k] is not _STAR:
        out.append(parts[k])
        k += 1
    while k < len(parts):
        k += 1
        fixed = []
        while k < len(parts) and parts[k] is not _STAR:
            fixed.append(parts[k])
            k += 1
        fixed = ''.join(fixed)
        if k == len(parts):
            out.append('.*' + fixed)
        else:
            out.append('(?>.*?' + fixed + ')')
    return '(?s:' + ''.join(out) + ')\\Z'
