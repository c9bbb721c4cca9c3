# operator — Python's operators as plain functions, plus the itemgetter,
# attrgetter and methodcaller callables.  Behaviour (results, reprs, error
# messages) follows CPython 3.11's C `_operator` module; like those builtins,
# every function takes its operands positionally only.

__all__ = [
    'abs', 'add', 'and_', 'attrgetter', 'call', 'concat', 'contains',
    'countOf', 'delitem', 'eq', 'floordiv', 'ge', 'getitem', 'gt', 'iadd',
    'iand', 'iconcat', 'ifloordiv', 'ilshift', 'imatmul', 'imod', 'imul',
    'index', 'indexOf', 'inv', 'invert', 'ior', 'ipow', 'irshift', 'is_',
    'is_not', 'isub', 'itemgetter', 'itruediv', 'ixor', 'le', 'length_hint',
    'lshift', 'lt', 'matmul', 'methodcaller', 'mod', 'mul', 'ne', 'neg',
    'not_', 'or_', 'pos', 'pow', 'rshift', 'setitem', 'sub', 'truediv',
    'truth', 'xor',
]

import builtins as _builtins


# ---- rich comparisons and truth -------------------------------------------

def lt(x, y, /): return x < y
def le(x, y, /): return x <= y
def eq(x, y, /): return x == y
def ne(x, y, /): return x != y
def ge(x, y, /): return x >= y
def gt(x, y, /): return x > y

def not_(x, /): return not x
def truth(x, /): return True if x else False
def is_(x, y, /): return x is y
def is_not(x, y, /): return x is not y


# ---- arithmetic and bitwise -----------------------------------------------

def abs(x, /): return _builtins.abs(x)
def pos(x, /): return +x
def neg(x, /): return -x
def inv(x, /): return ~x
def invert(x, /): return ~x

def add(x, y, /): return x + y
def sub(x, y, /): return x - y
def mul(x, y, /): return x * y
def matmul(x, y, /): return x @ y
def truediv(x, y, /): return x / y
def floordiv(x, y, /): return x // y
def mod(x, y, /): return x % y
def pow(x, y, /): return x ** y
def lshift(x, y, /): return x << y
def rshift(x, y, /): return x >> y
def and_(x, y, /): return x & y
def or_(x, y, /): return x | y
def xor(x, y, /): return x ^ y


def index(x, /):
    # Any int (bool and subclasses too) comes back as an exact int; other
    # objects must provide an __index__ that returns an int.
    if isinstance(x, int):
        return int.__index__(x)
    hook = getattr(type(x), '__index__', None)
    if hook is None:
        raise TypeError(f"'{type(x).__name__}' object cannot be interpreted as an integer")
    got = hook(x)
    if not isinstance(got, int):
        raise TypeError(f'__index__ returned non-int (type {type(got).__name__})')
    return int.__index__(got)


# ---- in-place forms: the statement `x op= y`, returning the new x ---------

def iadd(x, y, /):
    x += y
    return x

def isub(x, y, /):
    x -= y
    return x

def imul(x, y, /):
    x *= y
    return x

def imatmul(x, y, /):
    x @= y
    return x

def itruediv(x, y, /):
    x /= y
    return x

def ifloordiv(x, y, /):
    x //= y
    return x

def imod(x, y, /):
    x %= y
    return x

def ipow(x, y, /):
    x **= y
    return x

def ilshift(x, y, /):
    x <<= y
    return x

def irshift(x, y, /):
    x >>= y
    return x

def iand(x, y, /):
    x &= y
    return x

def ior(x, y, /):
    x |= y
    return x

def ixor(x, y, /):
    x ^= y
    return x


# ---- sequences and containers ---------------------------------------------

def _seq_or_raise(x):
    # The C API treats anything indexable except a dict as a sequence.
    if isinstance(x, dict) or not hasattr(type(x), '__getitem__'):
        raise TypeError(f"'{type(x).__name__}' object can't be concatenated")


def concat(x, y, /):
    _seq_or_raise(x)
    return x + y


def iconcat(x, y, /):
    _seq_or_raise(x)
    x += y
    return x


def contains(x, y, /): return y in x
def getitem(x, y, /): return x[y]


def setitem(x, y, z, /):
    x[y] = z


def delitem(x, y, /):
    del x[y]


def countOf(seq, item, /):
    # Identity counts as a match even for values unequal to themselves (NaN).
    n = 0
    for v in seq:
        if v is item or v == item:
            n += 1
    return n


def indexOf(seq, item, /):
    pos = 0
    for v in seq:
        if v is item or v == item:
            return pos
        pos += 1
    raise ValueError('sequence.index(x): x not in sequence')


def length_hint(obj, default=0, /):
    if not isinstance(default, int):
        raise TypeError(f"'{type(default).__name__}' object cannot be interpreted as an integer")
    try:
        return len(obj)
    except TypeError:
        pass
    hook = getattr(type(obj), '__length_hint__', None)
    if hook is None:
        return default
    try:
        n = hook(obj)
    except TypeError:
        return default
    if n is NotImplemented:
        return default
    if not isinstance(n, int):
        raise TypeError(f'__length_hint__ must be an integer, not {type(n).__name__}')
    if n < 0:
        raise ValueError('__length_hint__() should return >= 0')
    return n


def call(fn, /, *args, **kwargs):
    return fn(*args, **kwargs)


# ---- callable helpers -----------------------------------------------------

def _no_subclassing(name):
    def hook(cls, **kw):
        raise TypeError(f"type 'operator.{name}' is not an acceptable base type")
    return classmethod(hook)


class itemgetter:
    __slots__ = ('_keys', '_one')

    def __init__(self, *keys):
        if not keys:
            raise TypeError('itemgetter expected 1 argument, got 0')
        self._keys = keys
        self._one = len(keys) == 1

    def __call__(self, obj, /):
        if self._one:
            return obj[self._keys[0]]
        return tuple([obj[k] for k in self._keys])

    def __repr__(self):
        return 'operator.itemgetter(' + ', '.join(map(repr, self._keys)) + ')'

    def __reduce__(self):
        return (type(self), self._keys)

    __init_subclass__ = _no_subclassing('itemgetter')


def _walk_attrs(obj, chain):
    for part in chain:
        obj = getattr(obj, part)
    return obj


class attrgetter:
    __slots__ = ('_names', '_chains')

    def __init__(self, *names):
        if not names:
            raise TypeError('attrgetter expected 1 argument, got 0')
        for n in names:
            if not isinstance(n, str):
                raise TypeError('attribute name must be a string')
        self._names = names
        # 'a.b.c' is looked up one step at a time.
        self._chains = tuple([tuple(n.split('.')) for n in names])

    def __call__(self, obj, /):
        chains = self._chains
        if len(chains) == 1:
            return _walk_attrs(obj, chains[0])
        return tuple([_walk_attrs(obj, c) for c in chains])

    def __repr__(self):
        return 'operator.attrgetter(' + ', '.join(map(repr, self._names)) + ')'

    def __reduce__(self):
        return (type(self), self._names)

    __init_subclass__ = _no_subclassing('attrgetter')


class methodcaller:
    __slots__ = ('_meth', '_pos', '_kw')

    def __init__(*args, **kwargs):
        if len(args) < 2:
            raise TypeError('methodcaller needs at least one argument, the method name')
        self, name = args[0], args[1]
        if not isinstance(name, str):
            raise TypeError('method name must be a string')
        self._meth = name
        self._pos = args[2:]
        self._kw = kwargs

    def __call__(self, obj, /):
        return getattr(obj, self._meth)(*self._pos, **self._kw)

    def __repr__(self):
        shown = [repr(self._meth)]
        shown.extend(map(repr, self._pos))
        shown.extend([f'{k}={v!r}' for k, v in self._kw.items()])
        return 'operator.methodcaller(' + ', '.join(shown) + ')'

    def __reduce__(self):
        if self._kw:
            # Keyword arguments only survive pickling through a partial.
            from functools import partial
            return (partial(type(self), self._meth, **self._kw), self._pos)
        return (type(self), (self._meth,) + self._pos)

    __init_subclass__ = _no_subclassing('methodcaller')


# ---- dunder aliases (operator.__add__ is operator.add, ...) ---------------

def _dunder_aliases():
    g = globals()
    plain = ('lt le eq ne ge gt abs add and floordiv index inv invert lshift '
             'mod mul matmul neg not or pos pow rshift sub truediv xor '
             'concat contains delitem getitem setitem call').split()
    for name in plain:
        g['__' + name + '__'] = g[name + '_' if name in ('and', 'not', 'or') else name]
    inplace = ('add and concat floordiv lshift mod mul matmul or pow rshift '
               'sub truediv xor').split()
    for name in inplace:
        g['__i' + name + '__'] = g['i' + name]


_dunder_aliases()
del _dunder_aliases


# CPython's operator is a C module: argument errors in its words (vm/call.c
# reads __cargs__), and none of its frames show in a traceback.
def _mark_cargs():
    for name, f in list(globals().items()):
        if name.startswith('_') or type(f) is not type(_mark_cargs) or f.__module__ != __name__:
            continue
        code = f.__code__
        if code.co_posonlyargcount != code.co_argcount or code.co_flags & 0x0C:
            continue
        full = '_operator.' + name
        f.__cargs__ = 'one:' + full if code.co_argcount == 1 else 'pos:' + name + ':' + full


_mark_cargs()
del _mark_cargs

from _traceback import _native_frame
_native_frame(globals())
del _native_frame
