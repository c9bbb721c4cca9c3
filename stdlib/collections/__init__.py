# collections — specialised containers: deque, defaultdict, OrderedDict,
# Counter, namedtuple, ChainMap and the UserDict/UserList/UserString
# wrappers, with CPython 3.11's reprs, error texts
# and iteration orders.  collections.abc is the submodule of that name.

import sys as _sys
from operator import itemgetter as _itemgetter, index as _index
# Marks the code standing for CPython's C types (deque, defaultdict,
# OrderedDict): none of their frames show in a traceback.
from _traceback import _native_frame

__all__ = ['ChainMap', 'Counter', 'OrderedDict', 'UserDict', 'UserList', 'UserString',
           'defaultdict', 'deque', 'namedtuple']


# ---- repr of self-containing containers ----------------------------------

_reprs_running = set()


def _guarded_repr(placeholder):
    # Decorates a __repr__ so that a container met again while its own repr
    # is being built prints as `placeholder` instead of recursing forever.
    def wrap(method):
        def __repr__(self):
            key = id(self)
            if key in _reprs_running:
                return placeholder
            _reprs_running.add(key)
            try:
                return method(self)
            finally:
                _reprs_running.discard(key)
        return __repr__
    return wrap


# Coil's dict.__new__ looks at the constructor arguments itself, which the
# dict subclasses below (with their own signatures) must not let it do.
@_native_frame
def _bare_dict_new(cls, *args, **kwargs):
    return dict.__new__(cls)


# ---- deque -----------------------------------------------------------------

@_native_frame
class deque:
    # Two Python lists back the deque: `_front` holds the left part in
    # reverse order (its last element is the deque's first item) and `_back`
    # holds the right part in order.  Both ends are then list appends/pops;
    # when one side runs dry, half of the other side is moved over.
    # `_stamp` changes with every structural change, so that iterators can
    # detect a deque mutated under them.
    __slots__ = ('_front', '_back', '_limit', '_stamp')

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            try:
                maxlen = _index(maxlen)
            except TypeError:
                raise TypeError('an integer is required') from None
            if maxlen < 0:
                raise ValueError('maxlen must be non-negative')
        if iterable is self:
            iterable = list(iterable)
        self._front = []
        self._back = []
        self._limit = maxlen
        self._stamp = 0
        self.extend(iterable)

    @property
    def maxlen(self):
        return self._limit

    # -- internals --

    def _changed(self):
        self._stamp += 1

    def _fill_back(self):
        # _back is empty: move the older half of _front (the deque's right
        # part) across.
        front = self._front
        half = (len(front) + 1) // 2
        moved = front[:half]
        moved.reverse()
        del front[:half]
        self._back = moved

    def _fill_front(self):
        back = self._back
        half = (len(back) + 1) // 2
        moved = back[:half]
        moved.reverse()
        del back[:half]
        self._front = moved

    def _trim_left(self):
        # Enforce maxlen by dropping items from the left end.
        extra = len(self) - self._limit
        if extra <= 0:
            return
        front = self._front
        if extra >= len(front):
            extra -= len(front)
            front.clear()
            del self._back[:extra]
        else:
            del front[len(front) - extra:]

    def _trim_right(self):
        extra = len(self) - self._limit
        if extra <= 0:
            return
        back = self._back
        if extra >= len(back):
            extra -= len(back)
            back.clear()
            del self._front[:extra]
        else:
            del back[len(back) - extra:]

    def _slot(self, i):
        # (list, position) holding item i; i is any int-like index.
        try:
            i = _index(i)
        except TypeError:
            raise TypeError(f'sequence index must be integer, not {type(i).__name__!r}') from None
        size = len(self)
        if i < 0:
            i += size
        if i < 0 or i >= size:
            raise IndexError('deque index out of range')
        nfront = len(self._front)
        if i < nfront:
            return self._front, nfront - 1 - i
        return self._back, i - nfront

    def _as_list(self):
        items = self._front[::-1]
        items.extend(self._back)
        return items

    def _reset(self, items):
        self._front = []
        self._back = items
        self._changed()

    # -- size and access --

    def __len__(self):
        return len(self._front) + len(self._back)

    def __getitem__(self, i):
        seq, pos = self._slot(i)
        return seq[pos]

    def __setitem__(self, i, x):
        seq, pos = self._slot(i)
        seq[pos] = x

    def __delitem__(self, i):
        seq, pos = self._slot(i)
        del seq[pos]
        self._changed()

    # -- both ends --

    def append(self, x):
        self._back.append(x)
        self._changed()
        if self._limit is not None:
            self._trim_left()

    def appendleft(self, x):
        self._front.append(x)
        self._changed()
        if self._limit is not None:
            self._trim_right()

    def pop(self):
        if not self._back:
            if not self._front:
                raise IndexError('pop from an empty deque')
            self._fill_back()
        self._changed()
        return self._back.pop()

    def popleft(self):
        if not self._front:
            if not self._back:
                raise IndexError('pop from an empty deque')
            self._fill_front()
        self._changed()
        return self._front.pop()

    def extend(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        self._back.extend(iterable)
        self._changed()
        if self._limit is not None:
            self._trim_left()

    def extendleft(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        # Pushing each item on the left one by one reverses their order,
        # which is exactly how `_front` stores them.
        self._front.extend(iterable)
        self._changed()
        if self._limit is not None:
            self._trim_right()

    # -- whole-deque operations --

    def clear(self):
        self._front = []
        self._back = []
        self._changed()

    def copy(self):
        if self._limit is None:
            return type(self)(self)
        return type(self)(self, self._limit)

    __copy__ = copy

    def reverse(self):
        # rev(rev(front) + back) == rev(back) + front: just swap the halves.
        self._front, self._back = self._back, self._front
        self._changed()

    def rotate(self, n=1):
        size = len(self)
        if size < 2:
            return
        n %= size
        if n:
            items = self._as_list()
            self._reset(items[size - n:] + items[:size - n])

    def insert(self, i, x):
        if self._limit is not None and len(self) >= self._limit:
            raise IndexError('deque already at its maximum size')
        items = self._as_list()
        items.insert(i, x)
        self._reset(items)

    # -- searching --

    def _scan(self, x, start, stop):
        # Index of the first item equal to x in [start, stop), or -1.  The
        # comparisons may run user code that mutates the deque.
        stamp = self._stamp
        for i in range(start, stop):
            if i >= len(self):
                break
            item = self[i]
            if item is x or item == x:
                if stamp != self._stamp:
                    raise RuntimeError('deque mutated during iteration')
                return i
            if stamp != self._stamp:
                raise RuntimeError('deque mutated during iteration')
        return -1

    def index(self, x, start=0, stop=_sys.maxsize):
        size = len(self)
        if start < 0:
            start = max(start + size, 0)
        if stop < 0:
            stop = max(stop + size, 0)
        found = self._scan(x, start, min(stop, size))
        if found < 0:
            raise ValueError(f'{x!r} is not in deque')
        return found

    def remove(self, value):
        del self[self.index(value)]

    def count(self, x):
        stamp = self._stamp
        total = 0
        for item in self._as_list():
            if item is x or item == x:
                total += 1
            if stamp != self._stamp:
                raise RuntimeError('deque mutated during iteration')
        return total

    def __contains__(self, x):
        return self._scan(x, 0, len(self)) >= 0

    # -- iteration --

    def __iter__(self):
        return _deque_iterator(self)

    def __reversed__(self):
        return _deque_reverse_iterator(self)

    # -- printing and comparing --

    @_guarded_repr('[...]')
    @_native_frame
    def __repr__(self):
        body = repr(self._as_list())
        if self._limit is None:
            return f'{type(self).__name__}({body})'
        return f'{type(self).__name__}({body}, maxlen={self._limit})'

    def __eq__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._as_list() == other._as_list()

    def __ne__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._as_list() != other._as_list()

    def __lt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._as_list() < other._as_list()

    def __le__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._as_list() <= other._as_list()

    def __gt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._as_list() > other._as_list()

    def __ge__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._as_list() >= other._as_list()

    __hash__ = None

    # -- arithmetic --

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError(f'can only concatenate deque (not "{type(other).__name__}") to deque')
        result = self.copy()
        result.extend(other)
        return result

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        result = self.copy()
        result *= n
        return result

    __rmul__ = __mul__

    def __imul__(self, n):
        items = self._as_list() * n
        self.clear()
        self.extend(items)
        return self

    def __class_getitem__(cls, item):
        return type(list[int])(cls, item)


@_native_frame
class _deque_iterator:
    __slots__ = ('_deque', '_stamp', '_next', '_left')

    def __init__(self, d):
        self._deque = d
        self._stamp = d._stamp
        self._left = len(d)
        self._next = self._first()

    def _first(self):
        return 0

    def _advance(self, i):
        return i + 1

    def __iter__(self):
        return self

    def __next__(self):
        d = self._deque
        if d._stamp != self._stamp:
            self._left = 0
            raise RuntimeError('deque mutated during iteration')
        if self._left <= 0:
            raise StopIteration
        i = self._next
        self._next = self._advance(i)
        self._left -= 1
        return d[i]

    def __length_hint__(self):
        return max(self._left, 0)


@_native_frame
class _deque_reverse_iterator(_deque_iterator):
    __slots__ = ()

    def _first(self):
        return self._left - 1

    def _advance(self, i):
        return i - 1


# ---- defaultdict -------------------------------------------------------------

@_native_frame
class defaultdict(dict):
    __new__ = _bare_dict_new

    def __init__(self, default_factory=None, /, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError('first argument must be callable or None')
        self.default_factory = default_factory
        dict.update(self, *args, **kwargs)

    def __missing__(self, key):
        make = self.default_factory
        if make is None:
            raise KeyError(key)
        value = make()
        self[key] = value
        return value

    def __repr__(self):
        # dict's own repr already shows a self-reference as {...}.
        return f'{type(self).__name__}({_factory_repr(self.default_factory)}, {dict.__repr__(self)})'

    def copy(self):
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __reduce__(self):
        return (type(self), (self.default_factory,), None, None, iter(self.items()))

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        merged = self.copy()
        merged.update(other)
        return merged

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        merged = type(self)(self.default_factory, other)
        merged.update(self)
        return merged


@_native_frame
@_guarded_repr('...')
@_native_frame
def _factory_repr(factory):
    return repr(factory)


# ---- OrderedDict -------------------------------------------------------------
# Coil's dicts keep insertion order already; OrderedDict adds the
# order-aware methods and equality on top.

# deque is a C type in CPython: argument errors in its words (vm/call.c).
deque.__init__.__cargs__ = 'kw'
for _name in ('append', 'appendleft', 'extend', 'extendleft', 'count', 'remove'):
    getattr(deque, _name).__cargs__ = 'one:deque.' + _name
deque.rotate.__cargs__ = 'pos:deque.rotate'
del _name


@_native_frame
class OrderedDict(dict):
    __new__ = _bare_dict_new

    def __init__(self, other=(), /, **kwds):
        self.update(other, **kwds)

    def popitem(self, last=True):
        if not self:
            raise KeyError('dictionary is empty')
        key = next(reversed(self)) if last else next(iter(self))
        return key, dict.pop(self, key)

    def move_to_end(self, key, last=True):
        if key not in self:
            raise KeyError(key)
        value = dict.pop(self, key)
        if last:
            dict.__setitem__(self, key, value)
            return
        rest = list(self.items())
        dict.clear(self)
        dict.__setitem__(self, key, value)
        for k, v in rest:
            dict.__setitem__(self, k, v)

    @_guarded_repr('...')
    @_native_frame
    def __repr__(self):
        if not self:
            return f'{type(self).__name__}()'
        return f'{type(self).__name__}({list(self.items())!r})'

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            # Same contents, and the same key order.
            return dict.__eq__(self, other) and list(self) == list(other)
        if isinstance(other, dict):
            return dict.__eq__(self, other)
        return NotImplemented

    def __ne__(self, other):
        same = self.__eq__(other)
        if same is NotImplemented:
            return same
        return not same

    __hash__ = None

    def copy(self):
        return type(self)(self)

    __copy__ = copy

    @classmethod
    def fromkeys(cls, iterable, value=None):
        made = cls()
        for key in iterable:
            made[key] = value
        return made

    def __reduce__(self):
        return (type(self), (), None, None, iter(self.items()))

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        merged = type(self)(self)
        merged.update(other)
        return merged

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        merged = type(self)(other)
        merged.update(self)
        return merged

    def __ior__(self, other):
        self.update(other)
        return self


# ---- namedtuple ----------------------------------------------------------------

_KEYWORDS = frozenset((
    'False None True and as assert async await break class continue def del '
    'elif else except finally for from global if import in is lambda '
    'nonlocal not or pass raise return try while with yield').split())


def _bad_field(name, seen):
    return (not name.isidentifier() or name in _KEYWORDS
            or name.startswith('_') or name in seen)


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    if isinstance(field_names, str):
        fields = field_names.replace(',', ' ').split()
    else:
        fields = [str(f) for f in field_names]
    typename = str(typename)

    if rename:
        # Replace unusable names by their position: '_0', '_1', ...
        seen = set()
        for pos, name in enumerate(fields):
            if _bad_field(name, seen):
                fields[pos] = f'_{pos}'
            seen.add(name)

    for name in [typename] + fields:
        if type(name) is not str:
            raise TypeError('Type names and field names must be strings')
        if not name.isidentifier():
            raise ValueError(f'Type names and field names must be valid identifiers: {name!r}')
        if name in _KEYWORDS:
            raise ValueError(f'Type names and field names cannot be a keyword: {name!r}')
    seen = set()
    for name in fields:
        if name.startswith('_') and not rename:
            raise ValueError(f'Field names cannot start with an underscore: {name!r}')
        if name in seen:
            raise ValueError(f'Encountered duplicate field name: {name!r}')
        seen.add(name)

    fields = tuple(fields)
    width = len(fields)
    defaulted = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > width:
            raise TypeError('Got more default values than field names')
        # Defaults belong to the rightmost fields.
        defaulted = dict(zip(fields[width - len(defaults):], defaults))

    signature = ', '.join(fields)
    packed = signature + (',' if width == 1 else '')

    # __new__ takes the fields as real parameters, so that missing or extra
    # arguments get Python's usual messages; build it from source.
    scope = {'_make_tuple': tuple.__new__, '__name__': f'namedtuple_{typename}'}
    exec(f'def __new__(_type, {signature}):\n'
         f'    return _make_tuple(_type, ({packed}))\n', scope)
    new = scope['__new__']
    new.__doc__ = f'Create new instance of {typename}({signature})'
    if defaults is not None:
        new.__defaults__ = defaults

    def _make(cls, iterable):
        made = tuple.__new__(cls, iterable)
        if len(made) != width:
            raise TypeError(f'Expected {width} arguments, got {len(made)}')
        return made

    def _replace(self, /, **kwds):
        made = self._make([kwds.pop(name, value) for name, value in zip(fields, self)])
        if kwds:
            raise ValueError(f'Got unexpected field names: {list(kwds)!r}')
        return made

    def __repr__(self):
        shown = ', '.join([f'{name}={value!r}' for name, value in zip(fields, self)])
        return f'{type(self).__name__}({shown})'

    def _asdict(self):
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        return tuple(self)

    body = {
        '__doc__': f'{typename}({signature})',
        '__slots__': (),
        '_fields': fields,
        '_field_defaults': defaulted,
        '__match_args__': fields,
        '__new__': new,
        '_make': classmethod(_make),
        '_replace': _replace,
        '__repr__': __repr__,
        '_asdict': _asdict,
        '__getnewargs__': __getnewargs__,
    }
    for fn in (new, _make, _replace, __repr__, _asdict, __getnewargs__):
        fn.__qualname__ = f'{typename}.{fn.__name__}'
    for pos, name in enumerate(fields):
        body[name] = property(_itemgetter(pos), doc=f'Alias for field number {pos}')
    if module is not None:
        body['__module__'] = module
    return type(typename, (tuple,), body)


# ---- Counter -------------------------------------------------------------------

def _is_mapping(obj):
    return isinstance(obj, (dict, ChainMap))


def _by_count(pair):
    return pair[1]


class Counter(dict):
    # A dict of element -> count, where missing elements count as 0.
    __new__ = _bare_dict_new

    def __init__(self, iterable=None, /, **kwds):
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    def total(self):
        return sum(self.values())

    def most_common(self, n=None):
        # sorted() is stable, so equal counts stay in insertion order.
        ranked = sorted(self.items(), key=_by_count, reverse=True)
        if n is None:
            return ranked
        return ranked[:max(n, 0)]

    def elements(self):
        for elem, count in self.items():
            for _ in range(count):
                yield elem

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(self, iterable=None, /, **kwds):
        # Adds counts (from a mapping) or occurrences (from an iterable).
        if iterable is not None:
            if not _is_mapping(iterable):
                for elem in iterable:
                    self[elem] = self.get(elem, 0) + 1
            elif self:
                for elem, count in iterable.items():
                    self[elem] = count + self.get(elem, 0)
            else:
                dict.update(self, iterable)
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        if iterable is not None:
            if _is_mapping(iterable):
                for elem, count in iterable.items():
                    self[elem] = self.get(elem, 0) - count
            else:
                for elem in iterable:
                    self[elem] = self.get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        return type(self)(self)

    def __reduce__(self):
        return type(self), (dict(self),)

    def __delitem__(self, elem):
        # Deleting an absent element is not an error.
        if elem in self:
            dict.__delitem__(self, elem)

    def __repr__(self):
        if not self:
            return f'{type(self).__name__}()'
        try:
            shown = dict(self.most_common())
        except TypeError:
            # Counts that cannot be ordered are shown as stored.
            shown = dict(self)
        return f'{type(self).__name__}({shown!r})'

    # Comparisons treat missing elements as zero counts.

    def _all_pairs(self, other, test):
        for side in (self, other):
            for elem in side:
                if not test(self[elem], other[elem]):
                    return False
        return True

    def __eq__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._all_pairs(other, lambda a, b: a == b)

    def __ne__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._all_pairs(other, lambda a, b: a <= b)

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._all_pairs(other, lambda a, b: a >= b)

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    __hash__ = None

    # Multiset arithmetic: the result is a plain Counter holding only the
    # elements whose new count is positive, self's elements first.

    def _combine(self, other, both, other_only):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            n = both(count, other[elem])
            if n > 0:
                result[elem] = n
        if other_only is not None:
            for elem, count in other.items():
                if elem not in self:
                    n = other_only(count)
                    if n > 0:
                        result[elem] = n
        return result

    def __add__(self, other):
        return self._combine(other, lambda a, b: a + b, lambda b: b)

    def __sub__(self, other):
        return self._combine(other, lambda a, b: a - b, lambda b: 0 - b)

    def __or__(self, other):
        return self._combine(other, lambda a, b: b if a < b else a, lambda b: b)

    def __and__(self, other):
        return self._combine(other, lambda a, b: a if a < b else b, None)

    def __pos__(self):
        result = Counter()
        for elem, count in self.items():
            if count > 0:
                result[elem] = count
        return result

    def __neg__(self):
        result = Counter()
        for elem, count in self.items():
            if count < 0:
                result[elem] = 0 - count
        return result

    def _drop_nonpositive(self):
        for elem in [e for e, count in self.items() if not count > 0]:
            del self[elem]
        return self

    def __iadd__(self, other):
        for elem, count in other.items():
            self[elem] += count
        return self._drop_nonpositive()

    def __isub__(self, other):
        for elem, count in other.items():
            self[elem] -= count
        return self._drop_nonpositive()

    def __ior__(self, other):
        for elem, theirs in other.items():
            if theirs > self[elem]:
                self[elem] = theirs
        return self._drop_nonpositive()

    def __iand__(self, other):
        for elem, mine in self.items():
            theirs = other[elem]
            if theirs < mine:
                self[elem] = theirs
        return self._drop_nonpositive()


# ---- ChainMap --------------------------------------------------------------------

class ChainMap:
    # Several mappings searched in order as one; writes and deletions only
    # touch the first of them.

    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for layer in self.maps:
            try:
                # Plain indexing, so a defaultdict layer may supply a value.
                return layer[key]
            except KeyError:
                pass
        return self.__missing__(key)

    def get(self, key, default=None):
        if key in self:
            return self[key]
        return default

    def __contains__(self, key):
        for layer in self.maps:
            if key in layer:
                return True
        return False

    def __len__(self):
        return len(set().union(*self.maps))

    def __iter__(self):
        # Keys come in first-seen order, scanning from the last mapping.
        seen = {}
        for layer in reversed(self.maps):
            for key in layer:
                seen[key] = None
        return iter(seen)

    def __bool__(self):
        for layer in self.maps:
            if layer:
                return True
        return False

    @_guarded_repr('...')
    def __repr__(self):
        return f'{type(self).__name__}({", ".join([repr(m) for m in self.maps])})'

    def keys(self):
        return list(self)

    def items(self):
        return [(key, self[key]) for key in self]

    def values(self):
        return [self[key] for key in self]

    @classmethod
    def fromkeys(cls, iterable, *args):
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        first, *rest = self.maps
        return type(self)(first.copy(), *rest)

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return type(self)(m, *self.maps)

    @property
    def parents(self):
        return type(self)(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def popitem(self):
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError('No keys found in the first mapping.')

    def pop(self, key, *args):
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def clear(self):
        self.maps[0].clear()

    def __eq__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    def __or__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        merged = self.copy()
        merged.maps[0].update(other)
        return merged

    def __ror__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        merged = dict(other)
        for layer in reversed(self.maps):
            merged.update(layer)
        return type(self)(merged)

    def __ior__(self, other):
        self.maps[0].update(other)
        return self


# ---- UserDict, UserList, UserString -----------------------------------------
# They live in collections/_user.py, loaded on first use: their bases come
# from collections.abc, which (with abc) would double the cost of importing
# collections for every script that never touches them.

_USER_CLASSES = ('UserDict', 'UserList', 'UserString')


def __getattr__(name):
    if name in _USER_CLASSES:
        from collections import _user
        for n in _USER_CLASSES:
            globals()[n] = getattr(_user, n)
        return globals()[name]
    raise AttributeError(f"module 'collections' has no attribute '{name}'")


OrderedDict.move_to_end.__cargs__ = "kw:move_to_end"  # a C method in CPython (vm/call.c)
