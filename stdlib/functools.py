# functools — tools that act on callables: partial, reduce, wraps and
# update_wrapper, lru_cache/cache, total_ordering, cmp_to_key and
# cached_property, with CPython 3.11's observable behaviour.

__all__ = ['update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES',
           'total_ordering', 'cache', 'cmp_to_key', 'lru_cache', 'reduce',
           'partial', 'cached_property']

# Metadata copied from the wrapped callable, and dicts merged into the wrapper.
WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__',
                       '__annotations__')
WRAPPER_UPDATES = ('__dict__',)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    for name in assigned:
        # Callables without some attribute (a builtin has no __dict__ ...)
        # simply leave the wrapper's own value in place.
        missing = False
        try:
            value = getattr(wrapped, name)
        except AttributeError:
            missing = True
        if not missing:
            setattr(wrapper, name, value)
    for name in updated:
        getattr(wrapper, name).update(getattr(wrapped, name, {}))
    # Assigned last, so a __wrapped__ merged in from wrapped's __dict__ does
    # not win over the real wrapped object.
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    # Documented as exactly this partial application of update_wrapper.
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)


_NO_START = object()


def reduce(function, iterable, initial=_NO_START, /):
    try:
        items = iter(iterable)
    except TypeError:
        raise TypeError('reduce() arg 2 must support iteration') from None
    acc = initial
    if acc is _NO_START:
        for acc in items:
            break
        else:
            raise TypeError('reduce() of empty iterable with no initial value')
    for item in items:
        acc = function(acc, item)
    return acc


# ---- partial ---------------------------------------------------------------

_PARTIAL_FIELDS = frozenset(('func', 'args', 'keywords'))


class partial:
    def __new__(cls, *args, **keywords):
        if not args:
            raise TypeError("type 'partial' takes at least one argument")
        func = args[0]
        args = args[1:]
        if not callable(func):
            raise TypeError('the first argument must be callable')
        # A plain partial of a partial collapses into one (unless attributes
        # were set on the inner one).
        if (isinstance(func, partial) and type(func).__call__ is partial.__call__
                and _PARTIAL_FIELDS.issuperset(func.__dict__)):
            args = func.args + args
            merged = dict(func.keywords)
            merged.update(keywords)
            keywords = merged
            func = func.func
        self = object.__new__(cls)
        self.func = func
        self.args = args
        self.keywords = keywords
        return self

    def __call__(self, /, *args, **keywords):
        if self.keywords:
            keywords = {**self.keywords, **keywords}
        return self.func(*self.args, *args, **keywords)

    def __repr__(self):
        parts = [repr(self.func)]
        for a in self.args:
            parts.append(repr(a))
        for k, v in self.keywords.items():
            parts.append(f'{k}={v!r}')
        cls = type(self)
        name = 'functools.partial' if cls is partial else cls.__qualname__
        return f"{name}({', '.join(parts)})"

    def __get__(self, obj, objtype=None):
        # Like CPython's C partial, stored in a class it does not bind.
        return self

    def __reduce__(self):
        # Rebuilt from the function alone, then given its state (copy, pickle).
        extra = {k: v for k, v in self.__dict__.items() if k not in _PARTIAL_FIELDS}
        return type(self), (self.func,), (self.func, self.args, self.keywords or None, extra or None)

    def __setstate__(self, state):
        if not isinstance(state, tuple):
            raise TypeError("argument to __setstate__ must be a tuple")
        if len(state) != 4:
            raise TypeError("invalid partial state")
        func, args, keywords, namespace = state
        if (not callable(func) or not isinstance(args, tuple)
                or (keywords is not None and not isinstance(keywords, dict))
                or (namespace is not None and not isinstance(namespace, dict))):
            raise TypeError("invalid partial state")
        self.func = func
        self.args = tuple(args)
        self.keywords = {} if keywords is None else dict(keywords)
        if namespace:
            self.__dict__.update(namespace)


# ---- total_ordering --------------------------------------------------------

def _derived(root, target, negate, tie):
    # target(a, b) computed from root(a, b) = r:
    #   negate    -> use `not r`
    #   tie 'eq'  -> `... or a == b`, tie 'ne' -> `... and a != b`
    def method(self, other):
        r = getattr(type(self), root)(self, other)
        if r is NotImplemented:
            return r
        if negate:
            r = not r
        if tie == 'eq':
            return r or self == other
        if tie == 'ne':
            return r and self != other
        return r
    method.__name__ = target
    method.__qualname__ = f'_{target.strip("_")}_from_{root.strip("_")}'
    return method


# For each root comparison: (target, negate, tie) for the three others.
_FILL_FROM = {
    '__lt__': (('__gt__', True, 'ne'), ('__le__', False, 'eq'), ('__ge__', True, None)),
    '__le__': (('__ge__', True, 'eq'), ('__lt__', False, 'ne'), ('__gt__', True, None)),
    '__gt__': (('__lt__', True, 'ne'), ('__ge__', False, 'eq'), ('__le__', True, None)),
    '__ge__': (('__le__', True, 'eq'), ('__gt__', False, 'ne'), ('__lt__', True, None)),
}


def total_ordering(cls):
    # Comparisons the class (or a base other than object) really defines.
    own = [op for op in ('__lt__', '__le__', '__gt__', '__ge__')
           if getattr(cls, op, None) is not getattr(object, op, None)]
    if not own:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    root = own[0]
    for target, negate, tie in _FILL_FROM[root]:
        if target not in own:
            setattr(cls, target, _derived(root, target, negate, tie))
    return cls


# ---- cmp_to_key ------------------------------------------------------------

class KeyWrapper:
    __slots__ = ('obj', '_cmp')

    def __init__(self, obj, cmp):
        self.obj = obj
        self._cmp = cmp

    def _vs(self, other):
        if not isinstance(other, KeyWrapper):
            raise TypeError('other argument must be K instance')
        return self._cmp(self.obj, other.obj)

    def __lt__(self, other): return self._vs(other) < 0
    def __le__(self, other): return self._vs(other) <= 0
    def __gt__(self, other): return self._vs(other) > 0
    def __ge__(self, other): return self._vs(other) >= 0
    def __eq__(self, other): return self._vs(other) == 0
    def __ne__(self, other): return self._vs(other) != 0

    __hash__ = None


def cmp_to_key(mycmp):
    def key(obj):
        return KeyWrapper(obj, mycmp)
    return key


# ---- lru_cache / cache -----------------------------------------------------

_CacheInfo = None


def _cache_info_type():
    # Made on first use so that importing functools does not pull in
    # collections.
    global _CacheInfo
    if _CacheInfo is None:
        from collections import namedtuple
        _CacheInfo = namedtuple('CacheInfo', ['hits', 'misses', 'maxsize', 'currsize'])
    return _CacheInfo


_KW_SEPARATOR = object()


def _cache_key(args, kwds, typed):
    # Two calls share a cache entry exactly when CPython's would: positional
    # and keyword spellings of a call differ, and with typed=True so do the
    # argument types.  A lone int or str argument is its own key (so f(1) and
    # f(1.0) are different entries, as in CPython).
    if not kwds and not typed:
        if len(args) == 1 and type(args[0]) in (int, str):
            return args[0]
        return args
    key = [args]
    if kwds:
        key.append(_KW_SEPARATOR)
        key.append(tuple(kwds.items()))
    if typed:
        key.append(tuple([type(a) for a in args]))
        if kwds:
            key.append(tuple([type(v) for v in kwds.values()]))
    return tuple(key)


def _cached(user_function, maxsize, typed):
    # The cache dict doubles as the recency list: a hit re-inserts its key at
    # the end, so the first key is always the least recently used one.
    table = {}
    counts = [0, 0]  # hits, misses
    absent = object()

    if maxsize == 0:
        def wrapper(*args, **kwds):
            counts[1] += 1
            return user_function(*args, **kwds)
    elif maxsize is None:
        def wrapper(*args, **kwds):
            key = _cache_key(args, kwds, typed)
            found = table.get(key, absent)
            if found is absent:
                counts[1] += 1
                found = table[key] = user_function(*args, **kwds)
            else:
                counts[0] += 1
            return found
    else:
        def wrapper(*args, **kwds):
            key = _cache_key(args, kwds, typed)
            found = table.pop(key, absent)
            if found is not absent:
                counts[0] += 1
                table[key] = found
                return found
            counts[1] += 1
            found = user_function(*args, **kwds)
            # A recursive call may have stored this key already; keep it.
            if key not in table:
                if len(table) >= maxsize:
                    del table[next(iter(table))]
                table[key] = found
            return found

    def cache_info():
        return _cache_info_type()(counts[0], counts[1], maxsize, len(table))

    def cache_clear():
        table.clear()
        counts[0] = 0
        counts[1] = 0

    wrapper.cache_info = cache_info
    wrapper.cache_clear = cache_clear
    wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
    return update_wrapper(wrapper, user_function)


def lru_cache(maxsize=128, typed=False):
    if maxsize is None:
        pass
    elif isinstance(maxsize, int):
        maxsize = max(maxsize, 0)
    elif callable(maxsize) and isinstance(typed, bool):
        # Used bare, as @lru_cache, the function arrives as maxsize.
        return _cached(maxsize, 128, typed)
    else:
        raise TypeError('Expected first argument to be an integer, a callable, or None')
    return lambda user_function: _cached(user_function, maxsize, typed)


def cache(user_function, /):
    return _cached(user_function, None, False)


# ---- cached_property -------------------------------------------------------

_UNSET = object()


class cached_property:
    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif self.attrname != name:
            raise TypeError('Cannot assign the same cached_property to two different names '
                            f'({self.attrname!r} and {name!r}).')

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        name = self.attrname
        if name is None:
            raise TypeError('Cannot use cached_property instance without calling __set_name__ on it.')
        try:
            store = instance.__dict__
        except AttributeError:
            raise TypeError(f"No '__dict__' attribute on {type(instance).__name__!r} "
                            f'instance to cache {name!r} property.') from None
        value = store.get(name, _UNSET)
        if value is _UNSET:
            value = self.func(instance)
            try:
                store[name] = value
            except TypeError:
                raise TypeError(f"The '__dict__' attribute on {type(instance).__name__!r} "
                                f'instance does not support item assignment for caching '
                                f'{name!r} property.') from None
        return value
