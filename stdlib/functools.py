# functools — tools that act on callables: partial, reduce, wraps and
# update_wrapper, lru_cache/cache, total_ordering, cmp_to_key,
# cached_property, partialmethod and singledispatch/singledispatchmethod,
# with CPython 3.11's observable behaviour.

__all__ = ['update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES',
           'total_ordering', 'cache', 'cmp_to_key', 'lru_cache', 'reduce',
           'partial', 'partialmethod', 'singledispatch', 'singledispatchmethod',
           'cached_property']

from _traceback import _native_frame

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


@_native_frame
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


@_native_frame
class partial:
    # CPython's partial is a C type: no frame of it shows in a traceback.
    @_native_frame
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

    @_native_frame
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

@_native_frame
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


@_native_frame
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


@_native_frame
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


# CPython's _lru_cache_wrapper is C: no frame of the wrapper shows in a
# traceback of an exception raised through a cached function.
@_native_frame
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



# ---- partialmethod -------------------------------------------------------------------

# C functions in CPython: argument errors in their words (vm/call.c).
reduce.__cargs__ = 'pos'
cmp_to_key.__cargs__ = 'kw'


class partialmethod:
    """A partial() for methods: the bound object (or class) comes first,
    then the frozen arguments, then the call's own."""

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError(f"{func!r} is not callable or a descriptor")
        if isinstance(func, partialmethod):
            # flatten: the inner one's arguments come first
            self.func = func.func
            self.args = func.args + args
            self.keywords = {**func.keywords, **keywords}
        else:
            self.func = func
            self.args = args
            self.keywords = keywords

    def __repr__(self):
        parts = [repr(self.func)]
        parts.extend(repr(a) for a in self.args)
        parts.extend(f"{k}={v!r}" for k, v in self.keywords.items())
        cls = type(self)
        return f"{cls.__module__}.{cls.__qualname__}({', '.join(parts)})"

    def _make_unbound_method(self):
        def _method(cls_or_self, /, *args, **keywords):
            keywords = {**self.keywords, **keywords}
            return self.func(cls_or_self, *self.args, *args, **keywords)
        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method._partialmethod = self
        return _method

    def __get__(self, obj, cls=None):
        bind = getattr(self.func, "__get__", None)
        if bind is not None:
            bound = bind(obj, cls)
            if bound is not self.func:
                # a descriptor that bound itself (classmethod, a method...)
                result = partial(bound, *self.args, **self.keywords)
                try:
                    result.__self__ = bound.__self__
                except AttributeError:
                    pass
                return result
        return self._make_unbound_method().__get__(obj, cls)

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, "__isabstractmethod__", False)

    __class_getitem__ = classmethod(type(list[int]))


# ---- singledispatch ------------------------------------------------------------------

def _is_dispatch_type(cls):
    return isinstance(cls, type) and not isinstance(cls, type(list[int]))


def _union_members(cls):
    # int | str registers both; None when cls is not a union of classes
    if isinstance(cls, type(int | str)):
        members = cls.__args__
        if all(_is_dispatch_type(m) for m in members):
            return members
    return None


def _dispatch_impl(cls, registry):
    """The implementation for cls: the first registered class along its MRO,
    else the most specific registered ABC it is a virtual subclass of, else
    the one for object."""
    mro = cls.__mro__
    for klass in mro:
        if klass is not object and klass in registry:
            return registry[klass]
    virtual = [t for t in registry if t not in mro and issubclass(cls, t)]
    best = None
    for t in virtual:
        if best is None or issubclass(t, best):
            best = t
        elif not issubclass(best, t):
            raise RuntimeError(f"Ambiguous dispatch: {best} or {t}")
    if best is not None:
        return registry[best]
    return registry.get(object)


def singledispatch(func):
    """Turns func into a generic function dispatching on the type of its
    first argument; implementations are added with .register()."""
    import types
    registry = {}
    cache = {}

    def dispatch(cls):
        impl = cache.get(cls)
        if impl is None:
            impl = _dispatch_impl(cls, registry)
            # ABC registrations may change later: cache only MRO answers
            if all(t in cls.__mro__ for t in registry if registry[t] is impl):
                cache[cls] = impl
        return impl

    def register(cls, func=None):
        if _is_dispatch_type(cls) or _union_members(cls) is not None:
            if func is None:
                return lambda f: register(cls, f)
        else:
            if func is not None:
                raise TypeError(f"Invalid first argument to `register()`. {cls!r} is not a class or union type.")
            annotations = getattr(cls, '__annotations__', {})
            if not annotations:
                raise TypeError(
                    f"Invalid first argument to `register()`: {cls!r}. "
                    f"Use either `@register(some_class)` or plain `@register` "
                    f"on an annotated function."
                )
            func = cls
            from typing import get_type_hints
            argname, cls = next(iter(get_type_hints(func).items()))
            if not _is_dispatch_type(cls) and _union_members(cls) is None:
                raise TypeError(f"Invalid annotation for {argname!r}. {cls!r} is not a class.")
        members = _union_members(cls)
        for klass in (members if members is not None else (cls,)):
            registry[klass] = func
        cache.clear()
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(f'{funcname} requires at least 1 positional argument')
        return dispatch(args[0].__class__)(*args, **kw)

    funcname = getattr(func, '__name__', 'singledispatch function')
    registry[object] = func
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = types.MappingProxyType(registry)
    wrapper._clear_cache = cache.clear
    update_wrapper(wrapper, func)
    return wrapper


class singledispatchmethod:
    """singledispatch for methods: dispatches on the first argument after
    self (or cls)."""

    def __init__(self, func):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError(f"{func!r} is not callable or a descriptor")
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        def _method(*args, **kwargs):
            method = self.dispatcher.dispatch(args[0].__class__)
            return method.__get__(obj, cls)(*args, **kwargs)
        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method.register = self.register
        update_wrapper(_method, self.func)
        return _method

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)
