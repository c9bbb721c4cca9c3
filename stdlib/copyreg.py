# copyreg — the reduction helpers behind object.__reduce_ex__: how an
# instance is rebuilt (__newobj__ / _reconstructor) from its class,
# constructor arguments and state, plus the registry of reduction
# functions (pickle()).  Original Coil code.

__all__ = ["pickle", "constructor", "add_extension", "remove_extension", "clear_extension_cache"]

dispatch_table = {}


def pickle(ob_type, pickle_function, constructor_ob=None):
    """Registers pickle_function(obj) as the reduction of ob_type's instances."""
    if not callable(pickle_function):
        raise TypeError("reduction functions must be callable")
    dispatch_table[ob_type] = pickle_function
    if constructor_ob is not None:
        constructor(constructor_ob)


def constructor(object):
    if not callable(object):
        raise TypeError("constructors must be callable")


def __newobj__(cls, *args):
    return cls.__new__(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    return cls.__new__(cls, *args, **kwargs)


def _reconstructor(cls, base, state):
    if base is object:
        obj = object.__new__(cls)
    else:
        obj = base.__new__(cls, state)
        if base.__init__ != object.__init__:
            base.__init__(obj, state)
    return obj


def _slotnames(cls):
    """The names of the __slots__ of cls and its bases (mangled)."""
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
                    name = "_%s%s" % (stripped, name)
            names.append(name)
    return names


def _reduce_ex(self, proto):
    # Protocols 0 and 1: rebuild from the nearest built-in base.
    cls = type(self)
    base = object
    for klass in cls.__mro__:
        if klass.__module__ == "builtins":
            base = klass
            break
    state = None if base is object else base(self)
    args = (cls, base, state)
    try:
        getstate = self.__getstate__
    except AttributeError:
        getstate = None
    dict_state = getstate() if getstate is not None else getattr(self, "__dict__", None)
    if dict_state:
        return _reconstructor, args, dict_state
    return _reconstructor, args


def _reduce_newobj(obj):
    # Protocol 2 and later (what object.__reduce_ex__ returns).
    cls = type(obj)
    getnewargs = getattr(obj, "__getnewargs__", None)
    args = tuple(getnewargs()) if getnewargs is not None else ()
    state = obj.__getstate__()
    listitems = iter(obj) if isinstance(obj, list) else None
    dictitems = iter(obj.items()) if isinstance(obj, dict) else None
    return __newobj__, (cls,) + args, state, listitems, dictitems


_extension_registry = {}
_inverted_registry = {}
_extension_cache = {}


def add_extension(module, name, code):
    key = (module, name)
    _extension_registry[key] = code
    _inverted_registry[code] = key


def remove_extension(module, name, code):
    key = (module, name)
    del _extension_registry[key]
    del _inverted_registry[code]
    _extension_cache.pop(code, None)


def clear_extension_cache():
    _extension_cache.clear()
