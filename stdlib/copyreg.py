# copyreg — the reduction helpers behind object.__reduce_ex__: how an
# instance is rebuilt (__newobj__ / _reconstructor) from its class,
# constructor arguments and state, plus the registry of reduction
# functions (pickle()).  Original Coil code.

__all__ = ["pickle", "constructor", "add_extension", "remove_extension", "clear_extension_cache"]

dispatch_table = {}


def pickle(ob_type, pickle_function, constructor_ob=None):
    """Registers pickle_function(obj) as the reduction of ob_type's instances."""
    _require_callable(pickle_function, "reduction functions must be callable")
    dispatch_table.update({ob_type: pickle_function})
    if constructor_ob is None:
        return
    constructor(constructor_ob)


def constructor(object):
    # Kept for API compatibility: only checks that object can be called.
    _require_callable(object, "constructors must be callable")


def _require_callable(fn, complaint):
    if callable(fn):
        return
    raise TypeError(complaint)


def __newobj__(cls, *args):
    make = cls.__new__
    return make(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    make = cls.__new__
    return make(cls, *args, **kwargs)


def _reconstructor(cls, base, state):
    # Inverse of _reduce_ex: an instance of cls built the way its nearest
    # built-in base `base` would build one from `state`.
    if base is not object:
        inst = base.__new__(cls, state)
        init = base.__init__
        if init != object.__init__:
            init(inst, state)
        return inst
    return object.__new__(cls)


def _slot_names_of(klass):
    declared = klass.__dict__.get("__slots__", ())
    if type(declared) is str or isinstance(declared, str):
        declared = [declared]
    owner = klass.__name__.lstrip("_")
    for slot in declared:
        if slot == "__dict__" or slot == "__weakref__":
            continue
        private = slot[:2] == "__" and slot[-2:] != "__"
        yield "_" + owner + slot if private and owner else slot


def _slotnames(cls):
    """The names of the __slots__ of cls and its bases (mangled)."""
    found = []
    for klass in cls.__mro__:
        found.extend(_slot_names_of(klass))
    return found


def _reduce_ex(self, proto):
    # Protocols 0 and 1: rebuild from the nearest built-in base.
    cls = type(self)
    builtin_bases = [k for k in cls.__mro__ if k.__module__ == "builtins"]
    base = builtin_bases[0] if builtin_bases else object
    recipe = (cls, base, base(self) if base is not object else None)
    if hasattr(self, "__getstate__"):
        extra = self.__getstate__()
    else:
        extra = getattr(self, "__dict__", None)
    return (_reconstructor, recipe, extra) if extra else (_reconstructor, recipe)


def _value_args(obj):
    # The __getnewargs__ CPython's immutable built-in types have: the plain
    # value a subclass instance wraps, for cls.__new__(cls, value).
    for base in (int, float, str, bytes, tuple):
        if isinstance(obj, base):
            return (base(obj),)
    return ()


def _reduce_newobj(obj):
    # Protocol 2 and later (what object.__reduce_ex__ returns).
    cls = type(obj)
    # A built-in type that cannot be created from Python (generators,
    # iterators, modules...) cannot be rebuilt either.
    for klass in cls.__mro__:
        if klass.__module__ == "builtins":
            if klass is not object and klass.__new__ is object.__new__:
                raise TypeError(f"cannot pickle {cls.__name__!r} object")
            break
    getnewargs = getattr(obj, "__getnewargs__", None)
    args = tuple(getnewargs()) if getnewargs is not None else _value_args(obj)
    state = obj.__getstate__()
    listitems = iter(obj) if isinstance(obj, list) else None
    dictitems = iter(obj.items()) if isinstance(obj, dict) else None
    return __newobj__, (cls,) + args, state, listitems, dictitems


# The extension-code registries pickle consults, under the names it uses.
_extension_registry = {}     # (module, name) -> code
_inverted_registry = {}      # code -> (module, name)
_extension_cache = {}        # code -> object


def add_extension(module, name, code):
    _extension_registry.update({(module, name): code})
    _inverted_registry.update({code: (module, name)})


def remove_extension(module, name, code):
    _extension_registry.pop((module, name))
    _inverted_registry.pop(code)
    _extension_cache.pop(code, None)


def clear_extension_cache():
    for code in list(_extension_cache):
        del _extension_cache[code]
