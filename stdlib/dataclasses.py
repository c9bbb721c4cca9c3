# dataclasses — @dataclass writes __init__, __repr__, __eq__ (and on request
# the ordering methods, __hash__, frozen attribute guards, __slots__) from a
# class's annotated fields.  __init__ is generated as source and exec'd, so
# its signature and argument errors are those of a hand-written one.
# Original Coil code following CPython 3.11's rules and messages.

import copy as _copy
import sys

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'KW_ONLY', 'MISSING',
           'fields', 'asdict', 'astuple', 'make_dataclass', 'replace', 'is_dataclass']


class FrozenInstanceError(AttributeError):
    pass


class _MissingType:
    def __repr__(self):
        return "MISSING"


MISSING = _MissingType()


class _KwOnlyType:
    def __repr__(self):
        return "KW_ONLY"


KW_ONLY = _KwOnlyType()


class InitVar:
    """An __init__-only pseudo-field: passed to __post_init__, not stored."""
    __slots__ = ("type",)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        name = getattr(self.type, "__name__", None) or repr(self.type)
        return "dataclasses.InitVar[%s]" % name

    def __class_getitem__(cls, type):
        return InitVar(type)


_FIELD, _FIELD_CLASSVAR, _FIELD_INITVAR = "_FIELD", "_FIELD_CLASSVAR", "_FIELD_INITVAR"


class Field:
    __slots__ = ("name", "type", "default", "default_factory", "repr", "hash", "init", "compare",
                 "metadata", "kw_only", "_field_type")

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = {} if metadata is None else dict(metadata)
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ("Field(name=%r,type=%r,default=%r,default_factory=%r,init=%r,repr=%r,hash=%r,"
                "compare=%r,metadata=%r,kw_only=%r,_field_type=%s)"
                % (self.name, self.type, self.default, self.default_factory, self.init, self.repr,
                   self.hash, self.compare, self.metadata, self.kw_only, self._field_type))

    def __set_name__(self, owner, name):
        # A descriptor used as a default gets its __set_name__ call.
        hook = getattr(type(self.default), "__set_name__", None)
        if hook is not None:
            hook(self.default, owner, name)


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None, compare=True,
          metadata=None, kw_only=MISSING):
    """Per-field options for a dataclass attribute."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError("cannot specify both default and default_factory")
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


class _DataclassParams:
    __slots__ = ("init", "repr", "eq", "order", "unsafe_hash", "frozen")

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init, self.repr, self.eq = init, repr, eq
        self.order, self.unsafe_hash, self.frozen = order, unsafe_hash, frozen

    def __repr__(self):
        return ("_DataclassParams(init=%r,repr=%r,eq=%r,order=%r,unsafe_hash=%r,frozen=%r)"
                % (self.init, self.repr, self.eq, self.order, self.unsafe_hash, self.frozen))


def _is_classvar(annotation):
    if isinstance(annotation, str):
        return annotation.startswith(("ClassVar", "typing.ClassVar"))
    return getattr(annotation, "__origin__", None) is not None and \
        getattr(annotation.__origin__, "_name", None) == "ClassVar"


def _make_field(cls, name, annotation, kw_only):
    default = cls.__dict__.get(name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        f = field(default=default)
    f.name = name
    f.type = annotation
    if _is_classvar(annotation):
        f._field_type = _FIELD_CLASSVAR
    elif isinstance(annotation, InitVar) or annotation is InitVar:
        f._field_type = _FIELD_INITVAR
    else:
        f._field_type = _FIELD
    if f._field_type is not _FIELD:
        if f.default_factory is not MISSING:
            raise TypeError("field %s cannot have a default factory" % name)
    if f._field_type in (_FIELD, _FIELD_INITVAR):
        if f.kw_only is MISSING:
            f.kw_only = kw_only
    elif f.kw_only is not MISSING:
        raise TypeError("field %s is a ClassVar but specifies kw_only" % name)
    if f._field_type is _FIELD and type(f.default) in (list, dict, set):
        raise ValueError("mutable default %r for field %s is not allowed: use default_factory"
                         % (type(f.default), name))
    return f


def _recursive_repr(method):
    running = set()

    def wrapper(self):
        key = id(self)
        if key in running:
            return "..."
        running.add(key)
        try:
            return method(self)
        finally:
            running.discard(key)
    wrapper.__name__ = method.__name__
    wrapper.__qualname__ = method.__qualname__
    return wrapper


def _tuple_of(obj, flds):
    return tuple(getattr(obj, f.name) for f in flds)


def _set_new(cls, name, value):
    # Adds a generated method unless the class defines its own.
    if name in cls.__dict__:
        return True
    value.__qualname__ = "%s.%s" % (cls.__qualname__, name)
    setattr(cls, name, value)
    return False


def _init_source(cls, flds, frozen, has_post_init, globals_ns):
    std = [f for f in flds if f.init and not f.kw_only]
    kw = [f for f in flds if f.init and f.kw_only]
    seen_default = False
    for f in std:
        if f.default is not MISSING or f.default_factory is not MISSING:
            seen_default = True
        elif seen_default:
            raise TypeError("non-default argument %r follows default argument" % f.name)
    params = []
    for f in std + kw:
        if kw and f is kw[0]:
            params.append("*")
        if f.default is not MISSING:
            globals_ns["_dflt_" + f.name] = f.default
            params.append("%s=_dflt_%s" % (f.name, f.name))
        elif f.default_factory is not MISSING:
            params.append("%s=_HAS_FACTORY" % f.name)
        else:
            params.append(f.name)
    body = []
    setter = "__dataclass_builtins_object__.__setattr__(self, %r, %s)" if frozen else "self.%s = %s"
    for f in flds:
        if f._field_type is not _FIELD:
            continue
        if f.default_factory is not MISSING:
            globals_ns["_dflt_" + f.name] = f.default_factory
            if f.init:
                value = "_dflt_%s() if %s is _HAS_FACTORY else %s" % (f.name, f.name, f.name)
            else:
                value = "_dflt_%s()" % f.name
        elif f.init:
            value = f.name
        elif f.default is not MISSING:
            globals_ns["_dflt_" + f.name] = f.default
            value = "_dflt_" + f.name
        else:
            continue
        body.append(setter % (f.name, value))
    if has_post_init:
        initvars = [f.name for f in flds if f._field_type is _FIELD_INITVAR]
        body.append("self.__post_init__(%s)" % ", ".join(initvars))
    if not body:
        body = ["pass"]
    return "def __init__(self%s):\n%s\n" % ("".join(", " + p for p in params),
                                            "\n".join("    " + line for line in body))


class _HasFactory:
    def __repr__(self):
        return "<factory>"


_HAS_FACTORY = _HasFactory()


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots):
    all_fields = {}
    any_frozen_base = False
    has_dataclass_bases = False
    for base in cls.__mro__[-1:0:-1]:
        base_fields = base.__dict__.get("__dataclass_fields__")
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                all_fields[f.name] = f
            if base.__dict__["__dataclass_params__"].frozen:
                any_frozen_base = True
    annotations = cls.__dict__.get("__annotations__", {})
    own = []
    kw_mode = kw_only
    for name, annotation in annotations.items():
        if annotation is KW_ONLY or (isinstance(annotation, str) and annotation.endswith("KW_ONLY")):
            kw_mode = True
            continue
        own.append(_make_field(cls, name, annotation, kw_mode))
    for f in own:
        all_fields[f.name] = f
        if isinstance(cls.__dict__.get(f.name), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError("%r is a field but has no type annotation" % name)
    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError("cannot inherit non-frozen dataclass from a frozen one")
        if not any_frozen_base and frozen:
            raise TypeError("cannot inherit frozen dataclass from a non-frozen one")
    cls.__dataclass_fields__ = all_fields
    cls.__dataclass_params__ = _DataclassParams(init, repr, eq, order, unsafe_hash, frozen)
    flds = [f for f in all_fields.values() if f._field_type is _FIELD]
    init_flds = [f for f in all_fields.values() if f._field_type in (_FIELD, _FIELD_INITVAR)]
    module = sys.modules.get(cls.__module__)
    if init:
        ns = dict(module.__dict__) if module is not None else {}
        ns["_HAS_FACTORY"] = _HAS_FACTORY
        ns["__dataclass_builtins_object__"] = object
        src = _init_source(cls, init_flds, frozen, hasattr(cls, "__post_init__"), ns)
        exec(src, ns)
        _set_new(cls, "__init__", ns["__init__"])
    if repr:
        repr_flds = [f for f in flds if f.repr]

        def __repr__(self):
            return "%s(%s)" % (self.__class__.__qualname__,
                               ", ".join("%s=%r" % (f.name, getattr(self, f.name)) for f in repr_flds))
        _set_new(cls, "__repr__", _recursive_repr(__repr__))
    cmp_flds = [f for f in flds if f.compare]
    if eq:
        def __eq__(self, other):
            if other.__class__ is self.__class__:
                return _tuple_of(self, cmp_flds) == _tuple_of(other, cmp_flds)
            return NotImplemented
        _set_new(cls, "__eq__", __eq__)
    if order:
        if not eq:
            raise ValueError("eq must be true if order is true")

        def make(op):
            def compare(self, other):
                if other.__class__ is self.__class__:
                    return op(_tuple_of(self, cmp_flds), _tuple_of(other, cmp_flds))
                return NotImplemented
            return compare
        for name, op in (("__lt__", lambda a, b: a < b), ("__le__", lambda a, b: a <= b),
                         ("__gt__", lambda a, b: a > b), ("__ge__", lambda a, b: a >= b)):
            fn = make(op)
            fn.__name__ = name
            if _set_new(cls, name, fn):
                raise TypeError("Cannot overwrite attribute %s in class %s. Consider using "
                                "functools.total_ordering" % (name, cls.__name__))
    if frozen:
        def __setattr__(self, name, value):
            if type(self) is cls or name in all_fields:
                raise FrozenInstanceError("cannot assign to field %r" % name)
            super(cls, self).__setattr__(name, value)

        def __delattr__(self, name):
            if type(self) is cls or name in all_fields:
                raise FrozenInstanceError("cannot delete field %r" % name)
            super(cls, self).__delattr__(name)
        for name, fn in (("__setattr__", __setattr__), ("__delattr__", __delattr__)):
            if _set_new(cls, name, fn):
                raise TypeError("Cannot overwrite attribute %s in class %s" % (name, cls.__name__))
    hash_flds = [f for f in flds if (f.compare if f.hash is None else f.hash)]
    has_own_hash = "__hash__" in cls.__dict__ and cls.__dict__["__hash__"] is not None
    if unsafe_hash:
        if has_own_hash:
            raise TypeError("Cannot overwrite attribute __hash__ in class %s" % cls.__name__)

        def __hash__(self):
            return hash(_tuple_of(self, hash_flds))
        __hash__.__qualname__ = "%s.__hash__" % cls.__qualname__
        cls.__hash__ = __hash__
    elif eq and frozen:
        if not has_own_hash:
            def __hash__(self):
                return hash(_tuple_of(self, hash_flds))
            __hash__.__qualname__ = "%s.__hash__" % cls.__qualname__
            cls.__hash__ = __hash__
    elif eq and not has_own_hash:
        cls.__hash__ = None
    if not getattr(cls, "__doc__"):
        cls.__doc__ = "%s(%s)" % (cls.__name__, ", ".join(_doc_param(f) for f in init_flds if f.init))
    if match_args and "__match_args__" not in cls.__dict__:
        cls.__match_args__ = tuple(f.name for f in init_flds if f.init and not f.kw_only)
    if slots:
        cls = _add_slots(cls, frozen)
    return cls


def _annotation_text(tp):
    if isinstance(tp, type):
        if tp.__module__ == "builtins":
            return tp.__qualname__
        return "%s.%s" % (tp.__module__, tp.__qualname__)
    return repr(tp)


def _doc_param(f):
    # One parameter as inspect.signature() shows it.
    text = "%s: %s" % (f.name, _annotation_text(f.type))
    if f.default is not MISSING:
        text += " = %r" % (f.default,)
    elif f.default_factory is not MISSING:
        text += " = <factory>"
    return text


def _add_slots(cls, frozen):
    ns = dict(cls.__dict__)
    names = tuple(f.name for f in cls.__dataclass_fields__.values() if f._field_type is _FIELD)
    ns["__slots__"] = names
    for name in names:
        ns.pop(name, None)
    ns.pop("__dict__", None)
    ns.pop("__weakref__", None)
    qualname = getattr(cls, "__qualname__", None)
    new = type(cls)(cls.__name__, cls.__bases__, ns)
    if qualname is not None:
        new.__qualname__ = qualname
    return new


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False,
              frozen=False, match_args=True, kw_only=False, slots=False):
    """Adds generated special methods to a class from its annotated fields."""
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots)
    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    """The Field objects of a dataclass or instance (no ClassVars or InitVars)."""
    try:
        flds = class_or_instance.__dataclass_fields__
    except AttributeError:
        raise TypeError("must be called with a dataclass type or instance") from None
    return tuple(f for f in flds.values() if f._field_type is _FIELD)


def is_dataclass(obj):
    """True for a dataclass or an instance of one."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, "__dataclass_fields__")


def _is_dataclass_instance(obj):
    return hasattr(type(obj), "__dataclass_fields__")


def asdict(obj, *, dict_factory=dict):
    """The fields as a dict, recursing into dataclasses, lists, tuples, dicts."""
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        return dict_factory([(f.name, _asdict_inner(getattr(obj, f.name), dict_factory)) for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory)) for k, v in obj.items())
    return _copy.deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    """The field values as a tuple, recursing like asdict()."""
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory) for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory)) for k, v in obj.items())
    return _copy.deepcopy(obj)


def replace(obj, /, **changes):
    """A new instance of obj's class with some fields changed."""
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    for f in obj.__dataclass_fields__.values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError("field %s is declared with init=False, it cannot be specified with replace()"
                                 % f.name)
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError("InitVar %r must be specified with replace()" % f.name)
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True, repr=True, eq=True,
                   order=False, unsafe_hash=False, frozen=False, match_args=True, kw_only=False, slots=False):
    """A dataclass built from (name[, type[, Field]]) items."""
    ns = dict(namespace or {})
    annotations = {}
    for item in fields:
        if isinstance(item, str):
            name, tp = item, "typing.Any"
        elif len(item) == 2:
            name, tp = item
        else:
            name, tp, spec = item
            ns[name] = spec
        annotations[name] = tp
    ns["__annotations__"] = annotations
    cls = type(cls_name, bases, ns)
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order, unsafe_hash=unsafe_hash,
                     frozen=frozen, match_args=match_args, kw_only=kw_only, slots=slots)
