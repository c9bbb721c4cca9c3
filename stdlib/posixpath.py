# posixpath — os.path for POSIX: string operations on '/'-separated paths,
# plus a few queries of the file system (exists, isdir, getsize ...) served
# by the native _os module.  Paths are str or os.PathLike objects giving
# str; bytes paths are not supported yet.

import _os

__all__ = ["normcase", "isabs", "join", "splitdrive", "split", "splitext",
           "basename", "dirname", "commonprefix", "getsize", "getmtime",
           "exists", "lexists", "isdir", "isfile", "expanduser", "normpath",
           "abspath", "curdir", "pardir", "sep", "pathsep", "defpath", "altsep",
           "extsep", "devnull", "relpath", "commonpath", "islink", "getatime",
           "getctime", "samefile"]

sep = '/'
altsep = None
curdir = '.'
pardir = '..'
extsep = '.'
pathsep = ':'
defpath = '/bin:/usr/bin'
devnull = '/dev/null'


def _text(p):
    # os.fspath() narrowed to str.
    if isinstance(p, str):
        return p
    if isinstance(p, bytes):
        raise TypeError('bytes paths are not supported')
    cls = type(p)
    hook = getattr(cls, '__fspath__', None)
    if hook is None:
        raise TypeError(f'expected str, bytes or os.PathLike object, not {cls.__name__}')
    got = hook(p)
    if isinstance(got, str):
        return got
    if isinstance(got, bytes):
        raise TypeError('bytes paths are not supported')
    raise TypeError(f'expected {cls.__name__}.__fspath__() to return str or bytes, '
                    f'not {type(got).__name__}')


def _each_text(fname, parts):
    # Converts several path arguments, with CPython's messages for a mix of
    # str and bytes or for an argument that is no path at all.
    kinds = set()
    for p in parts:
        if isinstance(p, (str, bytes)):
            kinds.add(type(p))
        elif hasattr(type(p), '__fspath__'):
            pass
        else:
            raise TypeError(f"{fname}() argument must be str, bytes, or os.PathLike "
                            f"object, not '{type(p).__name__}'")
    if len(kinds) > 1:
        raise TypeError("Can't mix strings and bytes in path components")
    return [_text(p) for p in parts]


def _cut(p):
    # (everything up to and including the last '/', the rest)
    at = p.rfind('/') + 1
    return p[:at], p[at:]


def _trim_head(head):
    # A directory part loses its trailing slashes, unless it is only slashes.
    if head and head.strip('/'):
        return head.rstrip('/')
    return head


def normcase(s):
    return _text(s)


def isabs(s):
    return _text(s).startswith('/')


def splitdrive(p):
    # POSIX has no drive letters.
    return '', _text(p)


def join(a, *p):
    # The first argument is converted on its own, as CPython does.
    first = a if isinstance(a, bytes) else _text(a)
    parts = _each_text('join', (first,) + p)
    out = parts[0]
    for piece in parts[1:]:
        if piece.startswith('/'):
            out = piece          # an absolute piece restarts the path
        elif out == '' or out.endswith('/'):
            out = out + piece
        else:
            out = out + '/' + piece
    return out


def split(p):
    head, tail = _cut(_text(p))
    return _trim_head(head), tail


def basename(p):
    return _cut(_text(p))[1]


def dirname(p):
    return _trim_head(_cut(_text(p))[0])


def splitext(p):
    p = _text(p)
    dot = p.rfind('.')
    name_start = p.rfind('/') + 1
    if dot <= name_start:
        return p, ''
    # Dots that only lead the file name ('.bashrc', '..x') are not an
    # extension separator.
    if p[name_start:dot].strip('.'):
        return p[:dot], p[dot:]
    return p, ''


def commonprefix(m):
    # Character-wise (not component-wise) longest common prefix; also works
    # on lists of lists.
    if not m:
        return ''
    if not isinstance(m[0], (list, tuple)):
        m = [_text(x) for x in m]
    low = min(m)
    high = max(m)
    n = 0
    limit = len(low)
    while n < limit and low[n] == high[n]:
        n += 1
    return low[:n]


def commonpath(paths):
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    texts = _each_text('commonpath', list(paths))
    rooted = {t.startswith('/') for t in texts}
    if len(rooted) != 1:
        raise ValueError("Can't mix absolute and relative paths")
    lists = [[c for c in t.split('/') if c and c != '.'] for t in texts]
    shared = commonprefix(lists)
    return ('/' if True in rooted else '') + '/'.join(shared)


def normpath(path):
    path = _text(path)
    if not path:
        return '.'
    # POSIX gives a leading '//' (exactly two) a meaning of its own; three
    # or more collapse to one.
    if path.startswith('//') and not path.startswith('///'):
        lead = '//'
    elif path.startswith('/'):
        lead = '/'
    else:
        lead = ''
    kept = []
    for part in path.split('/'):
        if part == '' or part == '.':
            continue
        if part != '..':
            kept.append(part)
        elif kept and kept[-1] != '..':
            kept.pop()
        elif not lead:
            # A relative path keeps '..' it cannot resolve; '/..' is '/'.
            kept.append(part)
    return (lead + '/'.join(kept)) or '.'


def abspath(path):
    path = _text(path)
    if not path.startswith('/'):
        path = join(_os.getcwd(), path)
    return normpath(path)


def relpath(path, start=None):
    if not path:
        raise ValueError('no path specified')
    if start is None:
        path = _each_text('relpath', [path])[0]
        start = curdir
    else:
        path, start = _each_text('relpath', [path, start])
    here = [c for c in abspath(start).split('/') if c]
    there = [c for c in abspath(path).split('/') if c]
    same = len(commonprefix([here, there]))
    steps = [pardir] * (len(here) - same) + there[same:]
    if not steps:
        return curdir
    return join(*steps)


def expanduser(path):
    # Only '~' and '~/...' are expanded (from $HOME); '~user' would need the
    # password database and is returned unchanged.
    path = _text(path)
    if not path.startswith('~'):
        return path
    end = path.find('/', 1)
    if end < 0:
        end = len(path)
    if end != 1:
        return path
    import os
    home = os.environ.get('HOME')
    if home is None:
        return path
    return (home.rstrip('/') + path[end:]) or '/'


# ---- file-system queries ----------------------------------------------------
# _os.kind(p): 0 missing (or unusable path), 1 regular file, 2 directory,
# 3 something else.  _os.stat(p): (mode, size, mtime).  _fs() turns an
# os.PathLike (a pathlib.Path, say) into its string first, since the native
# calls take str only.

def _fs(p):
    if isinstance(p, (str, bytes)) or not hasattr(type(p), '__fspath__'):
        return p
    return type(p).__fspath__(p)


def exists(path):
    return _os.kind(_fs(path)) != 0


def lexists(path):
    # True for a dangling symbolic link too.
    try:
        _os.stat_fields(_fs(path), False)
    except (OSError, ValueError, TypeError):
        return False
    return True


def isfile(path):
    return _os.kind(_fs(path)) == 1


def isdir(s):
    return _os.kind(_fs(s)) == 2


def islink(path):
    try:
        st = _os.stat_fields(_text(path), False)
    except (OSError, ValueError, TypeError):
        return False
    return (st[0] & 0o170000) == 0o120000


def getatime(filename):
    return _os.stat_fields(_fs(filename), True)[7]


def getctime(filename):
    return _os.stat_fields(_fs(filename), True)[9]


def samefile(f1, f2):
    a = _os.stat_fields(_fs(f1), True)
    b = _os.stat_fields(_fs(f2), True)
    return a[1] == b[1] and a[2] == b[2]


def getsize(filename):
    return _os.stat(_fs(filename))[1]


def getmtime(filename):
    return _os.stat(_fs(filename))[2]
