# os — the small part of the operating-system interface Coil offers so far:
# os.environ and getenv, getcwd/chdir/listdir/getpid, fspath, the path
# constants, and os.path (the posixpath module).  Built on the native _os.

import sys
import _os
import posixpath as path

# `import os.path` finds the submodule here, as in CPython.
sys.modules['os.path'] = path

__all__ = ["name", "sep", "altsep", "extsep", "pathsep", "linesep", "defpath",
           "curdir", "pardir", "devnull", "environ", "getenv", "getcwd", "chdir",
           "listdir", "getpid", "fspath", "path", "mkdir", "rmdir", "remove", "unlink",
           "rename", "replace"]

name = 'posix'
linesep = '\n'
sep = path.sep
altsep = path.altsep
extsep = path.extsep
pathsep = path.pathsep
defpath = path.defpath
curdir = path.curdir
pardir = path.pardir
devnull = path.devnull

getcwd = _os.getcwd
chdir = _os.chdir
listdir = _os.listdir
getpid = _os.getpid
putenv = _os.putenv
unsetenv = _os.unsetenv
mkdir = _os.mkdir
rmdir = _os.rmdir
remove = _os.remove
unlink = _os.remove
rename = _os.rename
replace = _os.replace


def fspath(path):
    # str and bytes pass through; anything else must implement __fspath__
    # (looked up on the type) and hand back str or bytes.
    if isinstance(path, (str, bytes)):
        return path
    cls = type(path)
    hook = getattr(cls, '__fspath__', None)
    if hook is None:
        raise TypeError(f'expected str, bytes or os.PathLike object, not {cls.__name__}')
    got = hook(path)
    if not isinstance(got, (str, bytes)):
        raise TypeError(f'expected {cls.__name__}.__fspath__() to return str or bytes, '
                        f'not {type(got).__name__}')
    return got


def _need_str(x):
    if not isinstance(x, str):
        raise TypeError(f'str expected, not {type(x).__name__}')
    return x


_MISSING = object()


class _Environ:
    # A str -> str mapping mirroring the process environment: writes and
    # deletions are passed on through putenv()/unsetenv().

    def __init__(self, initial):
        self._vars = initial

    def __getitem__(self, key):
        try:
            return self._vars[_need_str(key)]
        except KeyError:
            raise KeyError(key) from None

    def __setitem__(self, key, value):
        _need_str(key)
        _need_str(value)
        putenv(key, value)
        self._vars[key] = value

    def __delitem__(self, key):
        if _need_str(key) not in self._vars:
            raise KeyError(key)
        unsetenv(key)
        del self._vars[key]

    def __contains__(self, key):
        return _need_str(key) in self._vars

    def __iter__(self):
        # Iterate over a snapshot, so the loop body may modify the mapping.
        return iter(list(self._vars))

    def __len__(self):
        return len(self._vars)

    def __repr__(self):
        body = ', '.join([f'{k!r}: {v!r}' for k, v in self._vars.items()])
        return 'environ({' + body + '})'

    def __eq__(self, other):
        if isinstance(other, _Environ):
            return self._vars == other._vars
        return self._vars == other

    def __or__(self, other):
        merged = dict(self._vars)
        merged.update(other)
        return merged

    def get(self, key, default=None):
        return self._vars.get(_need_str(key), default)

    def keys(self):
        return self._vars.keys()

    def values(self):
        return self._vars.values()

    def items(self):
        return self._vars.items()

    def copy(self):
        return dict(self._vars)

    def setdefault(self, key, value):
        if _need_str(key) not in self._vars:
            self[key] = value
        return self._vars[key]

    def pop(self, key, default=_MISSING):
        if _need_str(key) in self._vars:
            value = self._vars[key]
            del self[key]
            return value
        if default is _MISSING:
            raise KeyError(key)
        return default

    def update(self, other=(), /, **kwds):
        if hasattr(other, 'keys'):
            other = [(k, other[k]) for k in other.keys()]
        for key, value in other:
            self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def clear(self):
        for key in list(self._vars):
            del self[key]


environ = _Environ(dict(_os.environ))


def getenv(key, default=None):
    return environ.get(key, default)
