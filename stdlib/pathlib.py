# pathlib — object-oriented file-system paths for POSIX: the pure,
# string-only classes (PurePath, PurePosixPath) and the concrete ones
# (Path, PosixPath) whose I/O goes through os.  Windows flavours are not
# offered.  Original Coil code following CPython 3.11's documented behaviour.

import os
import posixpath
from fnmatch import fnmatchcase

__all__ = ['PurePath', 'PurePosixPath', 'Path', 'PosixPath', 'WindowsPath']

_S_IFMT = 0o170000
_S_IFDIR = 0o040000
_S_IFREG = 0o100000
_S_IFLNK = 0o120000


def _parse(args):
    # Returns (root, parts) for the joined arguments: a later absolute
    # argument discards what came before, '' and '.' components vanish, and a
    # leading pair of slashes (exactly two) is kept as POSIX allows.
    root = ''
    parts = []
    for a in args:
        if isinstance(a, PurePath):
            if a._root:
                root = a._root
                parts = list(a._tail)
            else:
                parts.extend(a._tail)
            continue
        a = os.fspath(a)
        if not isinstance(a, str):
            raise TypeError('argument should be a str object or an os.PathLike '
                            'object returning str, not %r' % (type(a),))
        if a.startswith('/'):
            if a.startswith('//') and not a.startswith('///'):
                root = '//'
            else:
                root = '/'
            parts = []
        for x in a.split('/'):
            if x and x != '.':
                parts.append(x)
    return root, parts


class _PathParents:
    # The immutable sequence behind PurePath.parents.
    __slots__ = ('_path', '_root', '_tail')

    def __init__(self, path):
        self._path = path
        self._root = path._root
        self._tail = path._tail

    def __len__(self):
        return len(self._tail)

    def __getitem__(self, idx):
        if isinstance(idx, slice):
            return tuple(self[i] for i in range(*idx.indices(len(self))))
        if idx >= len(self) or idx < -len(self):
            raise IndexError(idx)
        if idx < 0:
            idx += len(self)
        return self._path._from_parsed(self._root, self._tail[:-idx - 1])

    def __iter__(self):
        for i in range(len(self)):
            yield self[i]

    def __reversed__(self):
        for i in range(len(self) - 1, -1, -1):
            yield self[i]

    def __contains__(self, item):
        for p in self:
            if p == item:
                return True
        return False

    def __repr__(self):
        return '<{}.parents>'.format(type(self._path).__name__)


class PurePath:
    __slots__ = ('_root', '_tail', '_str', '_hash')

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        return cls._from_parts(args)

    @classmethod
    def _from_parts(cls, args):
        self = object.__new__(cls)
        root, parts = _parse(args)
        self._root = root
        self._tail = tuple(parts)
        self._str = None
        self._hash = None
        return self

    def _from_parsed(self, root, tail):
        new = object.__new__(type(self))
        new._root = root
        new._tail = tuple(tail)
        new._str = None
        new._hash = None
        return new

    def __reduce__(self):
        return (self.__class__, tuple(self.parts))

    # ---- string forms ------------------------------------------------------

    def __str__(self):
        if self._str is None:
            self._str = (self._root + '/'.join(self._tail)) or '.'
        return self._str

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        return str(self)

    def __bytes__(self):
        return str(self).encode('utf-8', 'surrogateescape')

    def __repr__(self):
        return '{}({!r})'.format(type(self).__name__, self.as_posix())

    def as_uri(self):
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        safe = ('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'
                '0123456789_.-~/')
        out = []
        for b in str(self).encode('utf-8'):
            c = chr(b)
            out.append(c if c in safe else '%{:02X}'.format(b))
        return 'file://' + ''.join(out)

    # ---- comparison ----------------------------------------------------------

    def _key(self):
        return ([self._root] if self._root else []) + list(self._tail)

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self):
        if self._hash is None:
            self._hash = hash(tuple(self._key()))
        return self._hash

    def __lt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key() < other._key()

    def __le__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key() <= other._key()

    def __gt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key() > other._key()

    def __ge__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key() >= other._key()

    # ---- components ----------------------------------------------------------

    @property
    def drive(self):
        return ''

    @property
    def root(self):
        return self._root

    @property
    def anchor(self):
        return self._root

    @property
    def parts(self):
        if self._root:
            return (self._root,) + self._tail
        return self._tail

    @property
    def name(self):
        if not self._tail:
            return ''
        return self._tail[-1]

    @property
    def suffix(self):
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[i:]
        return ''

    @property
    def suffixes(self):
        name = self.name
        if name.endswith('.'):
            return []
        name = name.lstrip('.')
        return ['.' + s for s in name.split('.')[1:]]

    @property
    def stem(self):
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[:i]
        return name

    @property
    def parent(self):
        if not self._tail:
            return self
        return self._from_parsed(self._root, self._tail[:-1])

    @property
    def parents(self):
        return _PathParents(self)

    def with_name(self, name):
        if not self.name:
            raise ValueError('%r has an empty name' % (self,))
        root, parts = _parse((name,))
        if not name or name[-1] == '/' or root or len(parts) != 1:
            raise ValueError('Invalid name %r' % (name,))
        return self._from_parsed(self._root, self._tail[:-1] + (name,))

    def with_stem(self, stem):
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        if '/' in suffix:
            raise ValueError('Invalid suffix %r' % (suffix,))
        if suffix and not suffix.startswith('.') or suffix == '.':
            raise ValueError('Invalid suffix %r' % (suffix,))
        name = self.name
        if not name:
            raise ValueError('%r has an empty name' % (self,))
        old = self.suffix
        if not old:
            name = name + suffix
        else:
            name = name[:-len(old)] + suffix
        return self._from_parsed(self._root, self._tail[:-1] + (name,))

    def relative_to(self, *other):
        if not other:
            raise TypeError('need at least one argument')
        root, parts = _parse(other)
        base = ([root] if root else []) + parts
        mine = self._key()
        n = len(base)
        if (root or self._root) and not base:
            ok = False
        else:
            ok = mine[:n] == base and (n != 0 or not self._root)
        if not ok:
            formatted = root + '/'.join(parts)
            raise ValueError('{!r} is not in the subpath of {!r} OR one path is '
                             'relative and the other is absolute.'.format(str(self), formatted))
        return self._from_parsed('', mine[n:])

    def is_relative_to(self, *other):
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    def is_absolute(self):
        return bool(self._root)

    def is_reserved(self):
        return False

    def joinpath(self, *args):
        return self._from_parts((self,) + args)

    def __truediv__(self, key):
        try:
            return self._from_parts((self, key))
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return self._from_parts((key, self))
        except TypeError:
            return NotImplemented

    def match(self, path_pattern):
        root, pat = _parse((path_pattern,))
        if not pat and not root:
            raise ValueError('empty pattern')
        if root and root != self._root:
            return False
        parts = self._tail
        if root:
            if len(pat) != len(parts):
                return False
        elif len(pat) > len(parts):
            return False
        for part, p in zip(reversed(parts), reversed(pat)):
            if not fnmatchcase(part, p):
                return False
        return True


class PurePosixPath(PurePath):
    __slots__ = ()


class PureWindowsPath(PurePath):
    __slots__ = ()

    def __new__(cls, *args):
        raise NotImplementedError('Windows paths are not supported by Coil')


def _is_wild(part):
    return '*' in part or '?' in part or '[' in part


class Path(PurePath):
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        if cls is WindowsPath:
            raise NotImplementedError('cannot instantiate %r on your system' % (cls.__name__,))
        return cls._from_parts(args)

    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        pass

    @classmethod
    def cwd(cls):
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        return cls('~').expanduser()

    def _child(self, name):
        return self._from_parsed(self._root, self._tail + (name,))

    # ---- queries -------------------------------------------------------------

    def stat(self, *, follow_symlinks=True):
        return os.stat(str(self), follow_symlinks=follow_symlinks)

    def lstat(self):
        return self.stat(follow_symlinks=False)

    def _mode(self, follow=True):
        try:
            return self.stat(follow_symlinks=follow).st_mode
        except (OSError, ValueError):
            return None

    def exists(self):
        return self._mode() is not None

    def is_dir(self):
        m = self._mode()
        return m is not None and (m & _S_IFMT) == _S_IFDIR

    def is_file(self):
        m = self._mode()
        return m is not None and (m & _S_IFMT) == _S_IFREG

    def is_symlink(self):
        m = self._mode(False)
        return m is not None and (m & _S_IFMT) == _S_IFLNK

    def is_mount(self):
        if not self.exists() or not self.is_dir():
            return False
        if not self._root or self._tail:
            try:
                parent = self.parent.stat()
                me = self.stat()
            except OSError:
                return False
            return me.st_dev != parent.st_dev or me.st_ino == parent.st_ino
        return True

    def samefile(self, other_path):
        st = self.stat()
        if not isinstance(other_path, Path):
            other_path = type(self)(other_path)
        other = other_path.stat()
        return st.st_ino == other.st_ino and st.st_dev == other.st_dev

    def absolute(self):
        if self.is_absolute():
            return self
        return self._from_parts((os.getcwd(),) + self._tail)

    def resolve(self, strict=False):
        # Symbolic links are not followed (Coil's os offers no readlink), so
        # this is the absolute path with '..' and '.' folded away.
        s = posixpath.normpath(posixpath.abspath(str(self)))
        if strict:
            self.stat()
        return type(self)(s)

    def expanduser(self):
        if not self._root and self._tail and self._tail[0][:1] == '~':
            home = posixpath.expanduser(self._tail[0])
            if home[:1] == '~':
                raise RuntimeError('Could not determine home directory.')
            return self._from_parts((home,) + self._tail[1:])
        return self

    # ---- directories -----------------------------------------------------------

    def iterdir(self):
        for name in os.listdir(str(self)):
            yield self._child(name)

    def _select(self, parts, dironly_at_end):
        # Yields the paths below self matching the pattern components in
        # parts, walking directories in listdir order as CPython's selectors
        # walk scandir order.
        if not parts:
            yield self
            return
        pat = parts[0]
        rest = parts[1:]
        if pat == '**':
            seen = set()
            for d in self._walk_dirs():
                for p in d._select(rest, dironly_at_end):
                    if p not in seen:
                        seen.add(p)
                        yield p
            return
        if '**' in pat:
            raise ValueError("Invalid pattern: '**' can only be an entire path component")
        if _is_wild(pat):
            try:
                names = os.listdir(str(self))
            except OSError:
                return
            for name in names:
                child = self._child(name)
                if rest and not child.is_dir():
                    continue
                if fnmatchcase(name, pat):
                    yield from child._select(rest, dironly_at_end)
            return
        child = self._child(pat) if pat else self
        if rest:
            if child.is_dir():
                yield from child._select(rest, dironly_at_end)
        elif (child.is_dir() if not pat else child.exists()):
            yield child

    def _walk_dirs(self):
        yield self
        try:
            names = os.listdir(str(self))
        except OSError:
            return
        for name in names:
            child = self._child(name)
            if child.is_dir() and not child.is_symlink():
                yield from child._walk_dirs()

    def _glob(self, pattern, recursive):
        if not pattern:
            raise ValueError('Unacceptable pattern: {!r}'.format(pattern))
        root, parts = _parse((pattern,))
        if root:
            raise NotImplementedError('Non-relative patterns are unsupported')
        if pattern[-1] == '/':
            parts.append('')
        if recursive:
            parts = ['**'] + parts
        for p in parts:
            if p != '**' and '**' in p:
                raise ValueError("Invalid pattern: '**' can only be an entire path component")
        if parts and parts[-1] == '**':
            # A trailing '**' selects directories only.
            parts.append('')
        return self._select(parts, False)

    def glob(self, pattern):
        if not pattern:
            raise ValueError('Unacceptable pattern: {!r}'.format(pattern))
        return self._glob_gen(pattern, False)

    def rglob(self, pattern):
        return self._glob_gen(pattern, True)

    def _glob_gen(self, pattern, recursive):
        yield from self._glob(pattern, recursive)

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        try:
            os.mkdir(str(self), mode)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

    def rmdir(self):
        os.rmdir(str(self))

    def unlink(self, missing_ok=False):
        try:
            os.unlink(str(self))
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rename(self, target):
        os.rename(str(self), os.fspath(target))
        return type(self)(target)

    def replace(self, target):
        os.replace(str(self), os.fspath(target))
        return type(self)(target)

    def touch(self, mode=0o666, exist_ok=True):
        if self.exists():
            if not exist_ok:
                raise FileExistsError(17, 'File exists', str(self))
            return
        open(str(self), 'a').close()

    # ---- file contents ---------------------------------------------------------

    def open(self, mode='r', buffering=-1, encoding=None, errors=None, newline=None):
        return open(str(self), mode, buffering, encoding, errors, newline)

    def read_bytes(self):
        with self.open(mode='rb') as f:
            return f.read()

    def read_text(self, encoding=None, errors=None):
        with self.open(mode='r', encoding=encoding, errors=errors) as f:
            return f.read()

    def write_bytes(self, data):
        view = memoryview(data)
        with self.open(mode='wb') as f:
            return f.write(view.tobytes())

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError('data must be str, not %s' % data.__class__.__name__)
        with self.open(mode='w', encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)


class PosixPath(Path, PurePosixPath):
    __slots__ = ()


class WindowsPath(Path, PureWindowsPath):
    __slots__ = ()
