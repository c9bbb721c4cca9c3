# copy — shallow and deep copies.  copy() and deepcopy() honour __copy__ and
# __deepcopy__(memo); otherwise containers are rebuilt and instances are made
# with cls.__new__ and get (copies of) their __dict__, slots, or
# __getstate__/__setstate__ state.  deepcopy's memo maps id(original) to its
# copy, so shared and cyclic structures are copied once.  Original Coil code.

import types

__all__ = ['Error', 'copy', 'deepcopy']


class Error(Exception):
    pass


error = Error

_ATOMIC = {type(None), int, float, bool, str, bytes, type, range, slice, property, types.FunctionType,
           types.BuiltinFunctionType, types.CodeType, type(Ellipsis), type(NotImplemented)}
try:
    _ATOMIC.add(complex)
except NameError:       # Coil has no complex type yet
    pass
_ATOMIC = frozenset(_ATOMIC)


def _slot_names(cls):
    names = []
    for klass in cls.__mro__:
        slots = klass.__dict__.get('__slots__', ())
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ('__dict__', '__weakref__'):
                continue
            if name.startswith('__') and not name.endswith('__'):
                name = '_' + klass.__name__.lstrip('_') + name
            if name not in names:
                names.append(name)
    return names


def _get_state(x):
    getstate = getattr(type(x), '__getstate__', None)
    if getstate is not None and getstate is not getattr(object, '__getstate__', None):
        return getstate(x), True
    state = getattr(x, '__dict__', None)
    if state is not None:
        state = dict(state)
    slots = {}
    for name in _slot_names(type(x)):
        try:
            slots[name] = getattr(x, name)
        except AttributeError:
            pass
    if slots:
        return (state, slots), False
    return state, False


def _set_state(y, state, custom, x_cls):
    if custom or hasattr(x_cls, '__setstate__'):
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
            return
    if isinstance(state, tuple) and len(state) == 2 and isinstance(state[1], dict):
        state, slots = state
        for k, v in slots.items():
            setattr(y, k, v)
    if state:
        y.__dict__.update(state)


def _new_like(x):
    cls = type(x)
    if isinstance(x, BaseException):
        y = cls.__new__(cls, *x.args)
        y.args = x.args
        return y
    return cls.__new__(cls)


def _reconstruct(x, memo, deep):
    """Copy an instance of a class without __copy__/__deepcopy__."""
    cls = type(x)
    y = _new_like(x)
    if memo is not None:
        memo[id(x)] = y
    state, custom = _get_state(x)
    if deep and state is not None:
        state = deepcopy(state, memo)
    _set_state(y, state, custom, cls)
    if isinstance(x, list):
        y.extend(deepcopy(v, memo) if deep else v for v in x)
    elif isinstance(x, dict):
        if hasattr(x, 'default_factory'):
            y.default_factory = x.default_factory
        for k, v in x.items():
            if deep:
                y[deepcopy(k, memo)] = deepcopy(v, memo)
            else:
                y[k] = v
    elif isinstance(x, (set, frozenset, tuple)):
        # Immutable or set-like subclasses: build through the constructor.
        items = [deepcopy(v, memo) if deep else v for v in x]
        y = cls(items)
        if memo is not None:
            memo[id(x)] = y
        _set_state(y, state, custom, cls)
    return y


def copy(x):
    """A shallow copy of x."""
    cls = type(x)
    if cls in _ATOMIC or cls in (tuple, frozenset) or issubclass(cls, type):
        return x
    if cls is list:
        return x[:]
    if cls is dict:
        return x.copy()
    if cls is set:
        return x.copy()
    if cls.__name__ == 'bytearray' and cls.__module__ == 'builtins':
        return x[:]
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    return _reconstruct(x, None, False)


def _keep_alive(x, memo):
    # The originals must outlive the memo: otherwise an id could be reused
    # by a new object during the copy and be mistaken for a copied one.
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def deepcopy(x, memo=None, _nil=[]):
    """A deep copy of x; memo maps id(original) -> copy."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _ATOMIC or issubclass(cls, type):
        y = x
    elif cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is tuple:
        items = [deepcopy(a, memo) for a in x]
        # A cycle through the tuple may have copied it already.
        if d in memo:
            return memo[d]
        if all(a is b for a, b in zip(x, items)):
            y = x
        else:
            y = tuple(items)
    elif cls is dict:
        y = {}
        memo[d] = y
        for k, v in x.items():
            y[deepcopy(k, memo)] = deepcopy(v, memo)
    elif cls is set:
        y = set()
        memo[d] = y
        for a in x:
            y.add(deepcopy(a, memo))
    elif cls is frozenset:
        y = frozenset(deepcopy(a, memo) for a in x)
    else:
        copier = getattr(x, '__deepcopy__', None)
        if copier is not None and not isinstance(x, type):
            y = copier(memo)
        else:
            y = _reconstruct(x, memo, True)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y
