# copy — shallow and deep copies.  Atomic values are returned as they are,
# the built-in containers are rebuilt, a class may take over with __copy__ /
# __deepcopy__(memo), and other instances are recreated without __init__
# (cls.__new__(cls)) with their state copied: __getstate__/__setstate__
# when defined, else the __dict__ and __slots__ values.  Original Coil code.

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error

_ATOMIC = (type(None), int, float, bool, str, bytes, type, range, type(len),
           type(Ellipsis), type(NotImplemented), property, type(lambda: 0))
_CONTAINERS = (list, dict, set)
try:
    _CONTAINERS += (bytearray,)
except NameError:
    pass


def _slot_names(cls):
    names = []
    for klass in cls.__mro__:
        slots = klass.__dict__.get("__slots__", ())
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ("__dict__", "__weakref__"):
                continue
            if name.startswith("__") and not name.endswith("__"):
                stripped = klass.__name__.lstrip("_")
                if stripped:
                    name = "_" + stripped + name
            names.append(name)
    return names


def _state_of(obj):
    getstate = getattr(type(obj), "__getstate__", None)
    if getstate is not None and getstate is not getattr(object, "__getstate__", None):
        return True, obj.__getstate__()
    state = dict(getattr(obj, "__dict__", {}))
    slots = {}
    for name in _slot_names(type(obj)):
        try:
            slots[name] = getattr(obj, name)
        except AttributeError:
            pass
    return False, (state, slots)


def _new_args(obj):
    # What cls.__new__ needs besides cls: __getnewargs__ when a class has
    # it (namedtuple), the items of other tuple subclasses, the exception
    # arguments, nothing otherwise.
    getnewargs = getattr(obj, "__getnewargs__", None)
    if getnewargs is not None:
        return tuple(getnewargs())
    if isinstance(obj, tuple):
        return (tuple(obj),)
    if isinstance(obj, BaseException):
        return obj.args
    return ()


def _rebuild(obj, convert):
    cls = type(obj)
    new = cls.__new__(cls, *convert(_new_args(obj)))
    custom, state = _state_of(obj)
    state = convert(state)
    if hasattr(new, "__setstate__"):
        new.__setstate__(state)
    elif custom:
        if state:
            new.__dict__.update(state)
    else:
        attrs, slots = state
        if attrs:
            new.__dict__.update(attrs)
        for name, value in slots.items():
            setattr(new, name, value)
    return new


def copy(x):
    """A shallow copy of x."""
    cls = type(x)
    if cls in _ATOMIC or issubclass(cls, type):
        return x
    hook = getattr(cls, "__copy__", None)
    if hook is not None:
        return hook(x)
    if cls in _CONTAINERS:
        return cls(x)
    if cls in (tuple, frozenset):
        return x
    y = _rebuild(x, lambda state: state)
    if isinstance(x, list):
        y.extend(x)
    elif isinstance(x, dict):
        y.update(x)
    return y


def deepcopy(x, memo=None, _nil=[]):
    """A deep copy of x; memo maps id() of objects already copied to their
    copies (shared and recursive structures stay shared and recursive)."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _ATOMIC or issubclass(cls, type):
        return x
    hook = getattr(x, "__deepcopy__", None)
    if hook is not None:
        y = hook(memo)
    elif cls is list:
        y = []
        memo[d] = y
        for item in x:
            y.append(deepcopy(item, memo))
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is tuple:
        items = [deepcopy(item, memo) for item in x]
        # A tuple that contains itself was copied while copying its items.
        if d in memo:
            return memo[d]
        y = x if all(a is b for a, b in zip(x, items)) else tuple(items)
    elif cls is set:
        y = {deepcopy(item, memo) for item in x}
    elif cls is frozenset:
        y = frozenset(deepcopy(item, memo) for item in x)
    else:
        cls_new = cls.__new__(cls, *deepcopy(_new_args(x), memo))
        memo[d] = cls_new
        custom, state = _state_of(x)
        state = deepcopy(state, memo)
        if hasattr(cls_new, "__setstate__"):
            cls_new.__setstate__(state)
        elif custom:
            if state:
                cls_new.__dict__.update(state)
        else:
            attrs, slots = state
            if attrs:
                cls_new.__dict__.update(attrs)
            for name, value in slots.items():
                setattr(cls_new, name, value)
        if isinstance(x, list) and cls is not list:
            cls_new.extend(deepcopy(item, memo) for item in x)
        elif isinstance(x, dict) and cls is not dict:
            for key, value in x.items():
                cls_new[deepcopy(key, memo)] = deepcopy(value, memo)
        y = cls_new
    if y is not x:
        memo[d] = y
        # Keep x alive while memo refers to it by id().
        memo.setdefault(id(memo), []).append(x)
    return y
