#!/usr/bin/python3.11
"""Normalize a CPython (or Coil) stderr stream for conformance comparison.

Reads stdin, writes stdout. Three rewrites only:
  * every `File "PATH"` occurrence has PATH reduced to its base name, and
    so has any other absolute path of a .py file (a warning's `PATH:LINE:`
    prefix, asyncio's "defined at PATH:LINE");
  * lines consisting only of whitespace plus `^` and/or `~` characters
    (CPython 3.11's error-location marker lines) are dropped, also inside
    exception-group boxes, where they follow the `| ` margin.
Nothing else changes.
"""
import re
import sys

_FILE_RE = re.compile(r'File "([^"]*)"')
_MARKER_RE = re.compile(r'^[ \t]*(?:\| )?[ \t]*[\^~]+[ \t]*$')
_ABSPATH_RE = re.compile(r'/(?:[^\s"\'/:<>]+/)+([^\s"\'/:<>]+\.py)\b')


def _base(m):
    path = m.group(1)
    # Keep pseudo-file names such as "<string>" / "<frozen ...>" untouched.
    if path.startswith('<') and path.endswith('>'):
        return m.group(0)
    return 'File "%s"' % path.replace('\\', '/').rsplit('/', 1)[-1]


def normalize(text):
    out = []
    for line in text.splitlines(keepends=True):
        body = line.rstrip('\r\n')
        if body and _MARKER_RE.match(body) and ('^' in body or '~' in body):
            continue
        line = _ABSPATH_RE.sub(lambda m: m.group(1), line)
        out.append(_FILE_RE.sub(_base, line))
    return ''.join(out)


def main():
    data = sys.stdin.buffer.read().decode('utf-8', 'surrogateescape')
    sys.stdout.buffer.write(normalize(data).encode('utf-8', 'surrogateescape'))


if __name__ == '__main__':
    main()
