# hashlib — md5, sha1, sha224, sha256, sha384 and sha512 hash objects
# (update, digest, hexdigest, copy) and new(name, data), digesting through
# the one-shot _hashlib.digest.  A hash object keeps the bytes fed to it and
# hashes them on demand.  Original Coil code; the BLAKE2, SHA-3 and SHAKE
# families are not provided.

import _hashlib

__all__ = ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512',
           'new', 'algorithms_guaranteed', 'algorithms_available')

_SIZES = {'md5': (16, 64), 'sha1': (20, 64), 'sha224': (28, 64), 'sha256': (32, 64),
          'sha384': (48, 128), 'sha512': (64, 128)}

algorithms_guaranteed = frozenset(_SIZES)
algorithms_available = frozenset(_SIZES)


def _data_bytes(data):
    if isinstance(data, str):
        raise TypeError('Strings must be encoded before hashing')
    try:
        return memoryview(data).tobytes()
    except TypeError:
        raise TypeError('object supporting the buffer API required') from None


class HASH:
    __slots__ = ('name', '_data')

    def __init__(self, name, data=b''):
        self.name = name
        self._data = bytearray(_data_bytes(data))

    @property
    def digest_size(self):
        return _SIZES[self.name][0]

    @property
    def block_size(self):
        return _SIZES[self.name][1]

    def update(self, obj, /):
        self._data += _data_bytes(obj)

    def digest(self):
        return _hashlib.digest(self.name, self._data)

    def hexdigest(self):
        return self.digest().hex()

    def copy(self):
        h = HASH(self.name)
        h._data = bytearray(self._data)
        return h

    def __repr__(self):
        return '<%s _hashlib.HASH object @ %#x>' % (self.name, id(self))


HASH.__module__ = '_hashlib'


def _constructor(name):
    def construct(string=b'', *, usedforsecurity=True):
        return HASH(name, string)
    construct.__name__ = construct.__qualname__ = 'openssl_' + name
    return construct


md5 = _constructor('md5')
sha1 = _constructor('sha1')
sha224 = _constructor('sha224')
sha256 = _constructor('sha256')
sha384 = _constructor('sha384')
sha512 = _constructor('sha512')


def new(name, data=b'', **kwargs):
    if not isinstance(name, str):
        raise TypeError('name must be a string')
    key = name.lower()
    if key not in _SIZES:
        raise ValueError('unsupported hash type ' + name)
    return HASH(key, data)
