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
           "stat", "lstat", "stat_result", "rename", "replace", "access", "F_OK", "R_OK",
           "W_OK", "X_OK", "makedirs", "removedirs", "walk", "scandir", "DirEntry",
           "cpu_count", "urandom", "getppid", "getuid", "getgid", "geteuid",
           "PathLike", "open", "close", "read", "write", "lseek", "fdopen", "chmod", "utime",
           "symlink", "readlink", "umask", "terminal_size", "get_terminal_size",
           "SEEK_SET", "SEEK_CUR", "SEEK_END", "O_RDONLY", "O_WRONLY", "O_RDWR",
           "O_CREAT", "O_EXCL", "O_TRUNC", "O_APPEND", "O_NOFOLLOW", "O_CLOEXEC",
           "O_DIRECTORY", "O_NONBLOCK", "O_NOCTTY", "O_SYNC"]

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
getpid = _os.getpid
putenv = _os.putenv
unsetenv = _os.unsetenv
cpu_count = _os.cpu_count
urandom = _os.urandom
F_OK, X_OK, W_OK, R_OK = 0, 1, 2, 4
SEEK_SET, SEEK_CUR, SEEK_END = _os.SEEK_SET, _os.SEEK_CUR, _os.SEEK_END
O_RDONLY, O_WRONLY, O_RDWR = _os.O_RDONLY, _os.O_WRONLY, _os.O_RDWR
O_CREAT, O_EXCL, O_TRUNC, O_APPEND = _os.O_CREAT, _os.O_EXCL, _os.O_TRUNC, _os.O_APPEND
O_NOFOLLOW, O_CLOEXEC, O_DIRECTORY = _os.O_NOFOLLOW, _os.O_CLOEXEC, _os.O_DIRECTORY
O_NONBLOCK, O_NOCTTY, O_SYNC = _os.O_NONBLOCK, _os.O_NOCTTY, _os.O_SYNC
close = _os.close
read = _os.read
write = _os.write
lseek = _os.lseek
umask = _os.umask

# The native calls take str paths; these wrappers first turn an os.PathLike
# (a pathlib.Path, say) into its string, as CPython's path arguments do.
_fs = path._fs


def chdir(path):
    return _os.chdir(_fs(path))


def listdir(path='.'):
    return _os.listdir(_fs(path))


def mkdir(path, mode=0o777, *, dir_fd=None):
    return _os.mkdir(_fs(path), mode)


def rmdir(path, *, dir_fd=None):
    return _os.rmdir(_fs(path))


def remove(path, *, dir_fd=None):
    return _os.remove(_fs(path))


unlink = remove


def rename(src, dst, *, src_dir_fd=None, dst_dir_fd=None):
    return _os.rename(_fs(src), _fs(dst))


def replace(src, dst, *, src_dir_fd=None, dst_dir_fd=None):
    return _os.replace(_fs(src), _fs(dst))


def access(path, mode, *, dir_fd=None, effective_ids=False, follow_symlinks=True):
    return _os.access(_fs(path), mode)


def open(path, flags, mode=0o777, *, dir_fd=None):
    if dir_fd is not None:
        raise NotImplementedError("os.open: dir_fd is not supported by Coil")
    return _os.open(_fs(path), flags, mode)


def fdopen(fd, mode="r", buffering=-1, encoding=None, *args, **kwargs):
    if not isinstance(fd, int):
        raise TypeError("invalid fd type (%s, expected integer)" % type(fd))
    import io
    return io.open(fd, mode, buffering, encoding, *args, **kwargs)


def chmod(path, mode, *, dir_fd=None, follow_symlinks=True):
    if dir_fd is not None:
        raise NotImplementedError("os.chmod: dir_fd is not supported by Coil")
    if not follow_symlinks:
        raise NotImplementedError("chmod: follow_symlinks unavailable on this platform")
    return _os.chmod(_fs(path), mode)


def utime(path, times=None, *, ns=None, dir_fd=None, follow_symlinks=True):
    if dir_fd is not None:
        raise NotImplementedError("os.utime: dir_fd is not supported by Coil")
    if times is not None and ns is not None:
        raise ValueError("utime: you may specify either 'times' or 'ns' but not both")
    if times is not None:
        if not isinstance(times, tuple) or len(times) != 2:
            raise TypeError("utime: 'times' must be either a tuple of two ints or None")
        ns = tuple(int(t * 1000000000) if isinstance(t, float) else t * 1000000000
                   for t in times)
    elif ns is not None:
        if not isinstance(ns, tuple) or len(ns) != 2:
            raise TypeError("utime: 'ns' must be a tuple of two ints")
    else:
        ns = (None, None)
    return _os.utime_ns(_fs(path), ns[0], ns[1], follow_symlinks)


def symlink(src, dst, target_is_directory=False, *, dir_fd=None):
    return _os.symlink(_fs(src), _fs(dst))


def readlink(path, *, dir_fd=None):
    return _os.readlink(_fs(path))


class terminal_size(tuple):
    # A struct sequence of (columns, lines), as CPython's.
    n_sequence_fields = 2

    def __new__(cls, sequence):
        sequence = tuple(sequence)
        if len(sequence) != 2:
            raise TypeError("os.terminal_size() takes a 2-sequence (%d-sequence given)"
                            % len(sequence))
        return tuple.__new__(cls, sequence)

    columns = property(lambda self: self[0])
    lines = property(lambda self: self[1])

    def __repr__(self):
        return 'os.terminal_size(columns=%r, lines=%r)' % (self[0], self[1])

    def __reduce__(self):
        return (terminal_size, (tuple(self),))


def get_terminal_size(fd=1):
    return terminal_size(_os.get_terminal_size(fd))


def getppid():
    return _os._ids()[0]


def getuid():
    return _os._ids()[1]


def getgid():
    return _os._ids()[2]


def geteuid():
    return _os._ids()[3]


class stat_result(tuple):
    # As CPython's struct sequence: the first ten fields as a tuple (the
    # three times truncated to ints there), every field as an attribute.
    n_sequence_fields = 10
    _names = ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid', 'st_size',
              'st_atime', 'st_mtime', 'st_ctime')

    def __new__(cls, fields):
        fields = tuple(fields)
        self = tuple.__new__(cls, fields[:7] + tuple(int(t) for t in fields[7:10]))
        self._floats = fields[7:10]
        self._ns = fields[10:13] if len(fields) >= 13 else tuple(int(t * 1e9) for t in fields[7:10])
        return self

    st_mode = property(lambda self: self[0])
    st_ino = property(lambda self: self[1])
    st_dev = property(lambda self: self[2])
    st_nlink = property(lambda self: self[3])
    st_uid = property(lambda self: self[4])
    st_gid = property(lambda self: self[5])
    st_size = property(lambda self: self[6])
    st_atime = property(lambda self: self._floats[0])
    st_mtime = property(lambda self: self._floats[1])
    st_ctime = property(lambda self: self._floats[2])
    st_atime_ns = property(lambda self: self._ns[0])
    st_mtime_ns = property(lambda self: self._ns[1])
    st_ctime_ns = property(lambda self: self._ns[2])

    def __repr__(self):
        return 'os.stat_result(' + ', '.join(
            f'{n}={v!r}' for n, v in zip(self._names, tuple(self))) + ')'

    def __reduce__(self):
        return (stat_result, (tuple(self) + self._floats + self._ns,))


def stat(path, *, dir_fd=None, follow_symlinks=True):
    if dir_fd is not None:
        raise NotImplementedError("os.stat: dir_fd is not supported by Coil")
    return stat_result(_os.stat_fields(fspath(path), follow_symlinks))


def lstat(path, *, dir_fd=None):
    return stat(path, dir_fd=dir_fd, follow_symlinks=False)


def makedirs(name, mode=0o777, exist_ok=False):
    name = fspath(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass  # made meanwhile
        if tail == curdir:
            return
    try:
        mkdir(name, mode)
    except OSError:
        # An existing directory is fine with exist_ok; anything else is not.
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


class DirEntry:
    # What scandir() yields: the name, the joined path, and stat-based tests.
    __slots__ = ('name', 'path', '_kind')

    def __init__(self, top, name):
        self.name = name
        self.path = path.join(top, name)
        self._kind = None

    def _k(self):
        if self._kind is None:
            self._kind = _os.kind(self.path)
        return self._kind

    def is_dir(self, *, follow_symlinks=True):
        if not follow_symlinks and self.is_symlink():
            return False
        return self._k() == 2

    def is_file(self, *, follow_symlinks=True):
        if not follow_symlinks and self.is_symlink():
            return False
        return self._k() == 1

    def is_symlink(self):
        return path.islink(self.path)

    def stat(self, *, follow_symlinks=True):
        return stat(self.path, follow_symlinks=follow_symlinks)

    def inode(self):
        return self.stat(follow_symlinks=False).st_ino

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return f'<DirEntry {self.name!r}>'


class _ScandirIterator:
    def __init__(self, top):
        self._top = top
        self._it = iter(listdir(top))

    def __iter__(self):
        return self

    def __next__(self):
        return DirEntry(self._top, next(self._it))

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def close(self):
        self._it = iter(())


def scandir(path='.'):
    return _ScandirIterator(fspath(path))


def walk(top, topdown=True, onerror=None, followlinks=False):
    top = fspath(top)
    try:
        names = listdir(top)
    except OSError as err:
        if onerror is not None:
            onerror(err)
        return
    dirs, nondirs = [], []
    for n in names:
        (dirs if path.isdir(path.join(top, n)) else nondirs).append(n)
    if topdown:
        yield top, dirs, nondirs
        for d in dirs:
            new = path.join(top, d)
            if followlinks or not path.islink(new):
                yield from walk(new, topdown, onerror, followlinks)
    else:
        for d in dirs:
            new = path.join(top, d)
            if followlinks or not path.islink(new):
                yield from walk(new, topdown, onerror, followlinks)
        yield top, dirs, nondirs


import abc as _abc


class PathLike(_abc.ABC):
    """Abstract base class for implementing the file system path protocol."""

    @_abc.abstractmethod
    def __fspath__(self):
        """Return the file system path representation of the object."""
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is PathLike:
            return hasattr(subclass, '__fspath__')
        return NotImplemented

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


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
