# dataclasses — the @dataclass decorator: collects a class's annotated fields
# (inherited ones first), then installs __init__, __repr__, comparisons,
# hashing and frozen-ness.  __init__ is generated as source text and run with
# exec so that bad calls raise the interpreter's own argument errors.

import copy
import sys

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'KW_ONLY', 'MISSING',
           'fields', 'asdict', 'astuple', 'make_dataclass', 'replace', 'is_dataclass']


class FrozenInstanceError(AttributeError):
    pass


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _FactoryMarker:
    # Stands in as the __init__ default of a default_factory field; also
    # what pydoc-style signatures show for such a field.
    def __repr__(self):
        return '<factory>'


_USE_FACTORY = _FactoryMarker()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()

# A field is one of three kinds.  Only 'plain' ones become instance
# attributes; 'initvar' ones are __init__ parameters handed to __post_init__;
# 'classvar' ones are left alone.  The labels are what Field's repr shows.
_PLAIN, _CLASSVAR, _INITVAR = 'plain', 'classvar', 'initvar'
_KIND_LABEL = {_PLAIN: '_FIELD', _CLASSVAR: '_FIELD_CLASSVAR', _INITVAR: '_FIELD_INITVAR', None: 'None'}


class InitVar:
    """InitVar[T]: a pseudo-field passed to __init__ and __post_init__ but
    not stored on the instance."""
    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        t = self.type
        shown = t.__name__ if isinstance(t, type) else repr(t)
        return 'dataclasses.InitVar[' + shown + ']'

    def __class_getitem__(cls, type):
        return InitVar(type)


_PARAM_NAMES = ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen')


class _DataclassParams:
    # The decorator's options, kept on the class as __dataclass_params__.
    def __init__(self, *values):
        for n, v in zip(_PARAM_NAMES, values):
            setattr(self, n, v)

    def __repr__(self):
        return '_DataclassParams(' + ','.join(f'{n}={getattr(self, n)!r}' for n in _PARAM_NAMES) + ')'


class _MappingProxy:
    """Read-only view of a dict (Field.metadata)."""

    def __init__(self, d):
        self._d = d

    def __getitem__(self, k):
        return self._d[k]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)

    def __contains__(self, k):
        return k in self._d

    def get(self, k, default=None):
        return self._d.get(k, default)

    def keys(self):
        return self._d.keys()

    def values(self):
        return self._d.values()

    def items(self):
        return self._d.items()

    def __eq__(self, other):
        return self._d == other

    def __repr__(self):
        return f'mappingproxy({self._d!r})'


_NO_METADATA = _MappingProxy({})

_FIELD_ATTRS = ('name', 'type', 'default', 'default_factory', 'init', 'repr', 'hash', 'compare',
                'metadata', 'kw_only')


class Field:
    """One field of a dataclass, as field() describes it."""
    __slots__ = _FIELD_ATTRS + ('_kind',)

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = self.type = self._kind = None
        self.default, self.default_factory = default, default_factory
        self.init, self.repr, self.hash, self.compare = init, repr, hash, compare
        self.metadata = _NO_METADATA if metadata is None else _MappingProxy(dict(metadata))
        self.kw_only = kw_only

    def __repr__(self):
        shown = [f'{a}={getattr(self, a)!r}' for a in _FIELD_ATTRS]
        shown.append('_field_type=' + _KIND_LABEL[self._kind])
        return 'Field(' + ','.join(shown) + ')'

    def __set_name__(self, owner, name):
        # A descriptor used as a default still gets told its name.
        hook = getattr(type(self.default), '__set_name__', None)
        if hook:
            hook(self.default, owner, name)

    def _has_default(self):
        return self.default is not MISSING or self.default_factory is not MISSING


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None,
          compare=True, metadata=None, kw_only=MISSING):
    """Describe a field: its default or default factory and whether it takes
    part in __init__, __repr__, comparisons and hashing."""
    if MISSING is not default and MISSING is not default_factory:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


# ---- classifying annotations ------------------------------------------------

def _names_typing_form(text, spellings):
    # String annotations ("ClassVar[int]", "dataclasses.InitVar") are matched
    # by their leading name only.
    head = text.strip().split('[', 1)[0].strip()
    return head in spellings


def _kind_of(annotation):
    if isinstance(annotation, str):
        if _names_typing_form(annotation, ('ClassVar', 'typing.ClassVar')):
            return _CLASSVAR
        if _names_typing_form(annotation, ('InitVar', 'dataclasses.InitVar')):
            return _INITVAR
        return _PLAIN
    typing_mod = sys.modules.get('typing')
    if typing_mod is not None:
        cv = typing_mod.ClassVar
        if annotation is cv or (isinstance(annotation, typing_mod._Subscripted)
                                and annotation.__origin__ is cv):
            return _CLASSVAR
    if annotation is InitVar or isinstance(annotation, InitVar):
        return _INITVAR
    return _PLAIN


def _is_kw_only_marker(annotation):
    if isinstance(annotation, str):
        return annotation.strip() in ('KW_ONLY', 'dataclasses.KW_ONLY')
    return annotation is KW_ONLY or annotation is _KW_ONLY_TYPE


def _make_field(cls, name, annotation, kw_default):
    spec = cls.__dict__.get(name, MISSING)
    f = spec if isinstance(spec, Field) else field(default=spec)
    f.name, f.type, f._kind = name, annotation, _kind_of(annotation)

    if f._kind is _PLAIN:
        if f.kw_only is MISSING:
            f.kw_only = kw_default
        if f.default is not MISSING and type(f.default).__hash__ is None:
            raise ValueError(f'mutable default {type(f.default)} for field {name} is not allowed: '
                             'use default_factory')
        return f

    if f.default_factory is not MISSING:
        raise TypeError(f'field {name} cannot have a default factory')
    if f._kind is _INITVAR:
        if f.kw_only is MISSING:
            f.kw_only = kw_default
    elif f.kw_only is not MISSING:
        raise TypeError(f'field {name} is a ClassVar but specifies kw_only')
    return f


# ---- generated methods ------------------------------------------------------

def _install(cls, name, fn):
    """Put fn on cls unless the class body already defines name; True means
    the class had its own."""
    if name in cls.__dict__:
        return True
    if callable(fn) and hasattr(fn, '__qualname__'):
        fn.__qualname__ = cls.__qualname__ + '.' + fn.__name__
    setattr(cls, name, fn)
    return False


def _generate_init(cls, ordered, frozen, call_post_init):
    """Source-generate __init__.  `ordered` holds every plain and InitVar
    field in declaration order; positional parameters come from the ones
    that are not keyword-only."""
    positional = [f for f in ordered if f.init and not f.kw_only]
    keyword = [f for f in ordered if f.init and f.kw_only]

    defaulted = None
    for f in positional:
        if f._has_default():
            defaulted = f
        elif defaulted is not None:
            raise TypeError(f'non-default argument {f.name!r} follows default argument')

    names = {f.name for f in ordered}
    me = '__dc_self__' if 'self' in names else 'self'
    glob = {'_dc_marker': _USE_FACTORY, '_dc_set': object.__setattr__}
    hints = {}

    def parameter(f):
        hints[f.name] = f.type
        if f.default_factory is not MISSING:
            return f.name + '=_dc_marker'
        if f.default is not MISSING:
            glob['_dc_d_' + f.name] = f.default
            return f'{f.name}=_dc_d_{f.name}'
        return f.name

    sig = [me] + [parameter(f) for f in positional]
    if keyword:
        sig.append('*')
        sig.extend(parameter(f) for f in keyword)

    lines = []
    for f in ordered:
        if f._kind is not _PLAIN:
            continue
        if f.default_factory is not MISSING:
            glob['_dc_f_' + f.name] = f.default_factory
            make = f'_dc_f_{f.name}()'
            expr = f'({make} if {f.name} is _dc_marker else {f.name})' if f.init else make
        elif f.init:
            expr = f.name
        else:
            continue
        if frozen:
            lines.append(f'_dc_set({me}, {f.name!r}, {expr})')
        else:
            lines.append(f'{me}.{f.name} = {expr}')
    if call_post_init:
        extra = [f.name for f in ordered if f._kind is _INITVAR]
        lines.append(f'{me}.__post_init__(' + ', '.join(extra) + ')')

    text = 'def __init__(' + ', '.join(sig) + '):\n'
    text += ''.join('    ' + ln + '\n' for ln in (lines or ['pass']))
    exec(text, glob)
    init = glob['__init__']
    hints['return'] = None
    init.__annotations__ = hints
    return init


def _generate_repr(shown):
    names = [f.name for f in shown]
    busy = set()   # ids of instances whose repr is in progress (cycles print '...')

    def __repr__(self):
        me = id(self)
        if me in busy:
            return '...'
        busy.add(me)
        try:
            body = ', '.join(n + '=' + repr(getattr(self, n)) for n in names)
        finally:
            busy.discard(me)
        return type(self).__qualname__ + '(' + body + ')'
    # pprint lays out only instances whose repr is this generated one.
    __repr__._dataclass_generated = True
    return __repr__


def _values_getter(flds):
    names = tuple(f.name for f in flds)
    return lambda obj: tuple(getattr(obj, n) for n in names)


_COMPARISONS = (
    ('__eq__', lambda a, b: a == b),
    ('__lt__', lambda a, b: a < b),
    ('__le__', lambda a, b: a <= b),
    ('__gt__', lambda a, b: a > b),
    ('__ge__', lambda a, b: a >= b),
)


def _generate_compare(name, test, values):
    # Instances compare as tuples of their compared fields, and only with
    # instances of exactly the same class.
    def method(self, other):
        if self.__class__ is not other.__class__:
            return NotImplemented
        return test(values(self), values(other))
    method.__name__ = name
    return method


def _generate_hash(values):
    def __hash__(self):
        return hash(values(self))
    return __hash__


def _generate_frozen_guards(cls, flds):
    protected = frozenset(f.name for f in flds)

    def blocked(obj, name):
        return type(obj) is cls or name in protected

    def __setattr__(self, name, value):
        if blocked(self, name):
            raise FrozenInstanceError(f'cannot assign to field {name!r}')
        super(cls, self).__setattr__(name, value)

    def __delattr__(self, name):
        if blocked(self, name):
            raise FrozenInstanceError(f'cannot delete field {name!r}')
        super(cls, self).__delattr__(name)
    return __setattr__, __delattr__


def _type_text(tp):
    if isinstance(tp, str):
        return repr(tp)
    if isinstance(tp, type):
        if tp.__module__ == 'builtins':
            return tp.__qualname__
        return f'{tp.__module__}.{tp.__qualname__}'
    text = repr(tp)
    if text.startswith('typing.') or getattr(tp, '__module__', None) == 'typing':
        text = text.replace('typing.', '')
    return text


def _default_doc(cls, ordered):
    # What CPython derives from inspect.signature: "Point(x: int, y: int = 0)".
    def param_text(f):
        out = f.name + ': ' + _type_text(f.type)
        if f.default_factory is not MISSING:
            return out + ' = <factory>'
        if f.default is not MISSING:
            return out + ' = ' + repr(f.default)
        return out
    pos = [param_text(f) for f in ordered if f.init and not f.kw_only]
    kw = [param_text(f) for f in ordered if f.init and f.kw_only]
    if kw:
        pos = pos + ['*'] + kw
    return cls.__name__ + '(' + ', '.join(pos) + ')'


# ---- the decorator ----------------------------------------------------------

def _inherited_fields(cls):
    """Fields of dataclass bases, most basic first, later bases overriding,
    plus the set of `frozen` flags those bases carry."""
    merged = {}
    frozen_flags = set()
    for base in reversed(cls.__mro__[1:]):
        own = base.__dict__.get('__dataclass_fields__')
        if own is None:
            continue
        merged.update(own)
        frozen_flags.add(bool(base.__dict__['__dataclass_params__'].frozen))
    return merged, frozen_flags


def _own_fields(cls, kw_only):
    annotations = cls.__dict__.get('__annotations__', {})
    found = []
    marker = None
    for name, annotation in annotations.items():
        if _is_kw_only_marker(annotation):
            if marker is not None:
                raise TypeError(f'{name!r} is KW_ONLY, but KW_ONLY has already been specified')
            marker = name
            continue
        found.append(_make_field(cls, name, annotation, kw_only or marker is not None))
    # A field() given as the class attribute is replaced by its plain default.
    for f in found:
        if isinstance(cls.__dict__.get(f.name), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    for name in list(cls.__dict__):
        if name not in annotations and isinstance(cls.__dict__[name], Field):
            raise TypeError(f'{name!r} is a field but has no type annotation')
    return found


def _explicit_hash(cls):
    # A class body defining __eq__ alone gets __hash__ = None implicitly; that
    # does not count as the user asking for it.
    body = cls.__dict__
    if '__hash__' not in body:
        return False
    return body['__hash__'] is not None or '__eq__' not in body


def _decorate(cls, opts):
    cls.__dataclass_params__ = _DataclassParams(*[opts[n] for n in _PARAM_NAMES])

    table, base_frozen = _inherited_fields(cls)
    for f in _own_fields(cls, opts['kw_only']):
        table[f.name] = f

    if base_frozen:
        if True in base_frozen and not opts['frozen']:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        if True not in base_frozen and opts['frozen']:
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')

    cls.__dataclass_fields__ = table
    user_hash = _explicit_hash(cls)

    if opts['order'] and not opts['eq']:
        raise ValueError('eq must be true if order is true')

    ordered = [f for f in table.values() if f._kind is not _CLASSVAR]
    plain = [f for f in ordered if f._kind is _PLAIN]
    compared = _values_getter([f for f in plain if f.compare])

    if opts['init']:
        _install(cls, '__init__', _generate_init(cls, ordered, opts['frozen'],
                                                 hasattr(cls, '__post_init__')))
    if opts['repr']:
        _install(cls, '__repr__', _generate_repr([f for f in plain if f.repr]))
    if opts['eq']:
        name, test = _COMPARISONS[0]
        _install(cls, name, _generate_compare(name, test, compared))
    if opts['order']:
        for name, test in _COMPARISONS[1:]:
            if _install(cls, name, _generate_compare(name, test, compared)):
                raise TypeError(f'Cannot overwrite attribute {name} in class {cls.__name__}. '
                                'Consider using functools.total_ordering')
    if opts['frozen']:
        guards = _generate_frozen_guards(cls, plain)
        for g in guards:
            if _install(cls, g.__name__, g):
                raise TypeError(f'Cannot overwrite attribute {g.__name__} in class {cls.__name__}')

    # __hash__: generated when asked for (unsafe_hash) or when instances are
    # immutable and comparable; eq without frozen makes them unhashable.
    hashed = _values_getter([f for f in plain if (f.compare if f.hash is None else f.hash)])
    if opts['unsafe_hash'] and user_hash:
        raise TypeError(f'Cannot overwrite attribute __hash__ in class {cls.__name__}')
    if opts['unsafe_hash'] or (opts['eq'] and opts['frozen'] and not user_hash):
        h = _generate_hash(hashed)
        h.__qualname__ = cls.__qualname__ + '.__hash__'
        cls.__hash__ = h
    elif opts['eq'] and not user_hash:
        cls.__hash__ = None

    if not cls.__doc__:
        cls.__doc__ = _default_doc(cls, ordered)

    if opts['match_args']:
        _install(cls, '__match_args__', tuple(f.name for f in ordered if f.init and not f.kw_only))

    if opts['slots']:
        cls = _rebuild_with_slots(cls, opts['weakref_slot'])

    abc_mod = sys.modules.get('abc')
    recompute = getattr(abc_mod, 'update_abstractmethods', None) if abc_mod is not None else None
    if recompute is not None:
        recompute(cls)
    return cls


def _rebuild_with_slots(cls, add_weakref):
    """slots=True: __slots__ can only be set at class creation, so build a
    fresh class from the same namespace."""
    body = cls.__dict__
    if '__slots__' in body:
        raise TypeError(f'{cls.__name__} already specifies __slots__')
    names = [f.name for f in fields(cls)]
    taken = set()
    for base in cls.__mro__[1:-1]:
        taken.update(getattr(base, '__slots__', ()))
    slot_names = [n for n in names if n not in taken]
    if add_weakref:
        slot_names.append('__weakref__')
    ns = {k: v for k, v in body.items() if k not in names and k not in ('__dict__', '__weakref__')}
    ns['__slots__'] = tuple(slot_names)
    rebuilt = type(cls)(cls.__name__, cls.__bases__, ns)
    if hasattr(cls, '__qualname__'):
        rebuilt.__qualname__ = cls.__qualname__
    return rebuilt


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False, frozen=False,
              match_args=True, kw_only=False, slots=False, weakref_slot=False):
    """Add generated special methods to a class from its annotated fields;
    usable bare (@dataclass) or with options (@dataclass(order=True))."""
    opts = dict(init=init, repr=repr, eq=eq, order=order, unsafe_hash=unsafe_hash, frozen=frozen,
                match_args=match_args, kw_only=kw_only, slots=slots, weakref_slot=weakref_slot)
    if cls is None:
        return lambda c: _decorate(c, opts)
    return _decorate(cls, opts)


# ---- introspection and conversion -------------------------------------------

def fields(class_or_instance):
    """The fields of a dataclass or instance, as a tuple of Field objects."""
    table = getattr(class_or_instance, '__dataclass_fields__', None)
    if table is None:
        raise TypeError('must be called with a dataclass type or instance')
    return tuple(f for f in table.values() if f._kind is _PLAIN)


def _instance_check(obj, who):
    if not hasattr(type(obj), '__dataclass_fields__'):
        raise TypeError(f'{who}() should be called on dataclass instances')


def is_dataclass(obj):
    """True for a dataclass or an instance of one."""
    if not isinstance(obj, type):
        obj = type(obj)
    return hasattr(obj, '__dataclass_fields__')


def _rebuild(value, pack):
    """Copy value with every nested dataclass instance turned into
    pack(instance, [(name, converted value), ...])."""
    def again(v):
        return _rebuild(v, pack)

    kind = type(value)
    if hasattr(kind, '__dataclass_fields__'):
        return pack([(f.name, again(getattr(value, f.name))) for f in fields(value)])
    if isinstance(value, tuple) and hasattr(value, '_fields'):
        return kind(*map(again, value))
    if isinstance(value, (list, tuple)):
        return kind(map(again, value))
    if isinstance(value, dict):
        # Rebuilt from key/value pairs, as CPython 3.11 does (so a defaultdict
        # fails the same way there).
        return kind((again(k), again(v)) for k, v in value.items())
    return copy.deepcopy(value)


def asdict(obj, *, dict_factory=dict):
    """A dataclass instance as a dict of its fields, recursing into nested
    dataclasses, lists, tuples and dicts (other values are deep-copied)."""
    _instance_check(obj, 'asdict')
    return _rebuild(obj, dict_factory)


def astuple(obj, *, tuple_factory=tuple):
    """A dataclass instance as a tuple of its field values (recursively)."""
    _instance_check(obj, 'astuple')
    return _rebuild(obj, lambda pairs: tuple_factory([v for _, v in pairs]))


def replace(obj, /, **changes):
    """A new instance of obj's class with the given fields changed."""
    _instance_check(obj, 'replace')
    for f in obj.__dataclass_fields__.values():
        if f._kind is _CLASSVAR:
            continue
        given = f.name in changes
        if not f.init:
            if given:
                raise ValueError(f'field {f.name} is declared with init=False, it cannot be specified with replace()')
        elif not given:
            if f._kind is _INITVAR and f.default is MISSING:
                raise ValueError(f'InitVar {f.name!r} must be specified with replace()')
            changes[f.name] = getattr(obj, f.name)
    return type(obj)(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True, repr=True, eq=True, order=False,
                   unsafe_hash=False, frozen=False, match_args=True, kw_only=False, slots=False,
                   weakref_slot=False, module=None):
    """Build a dataclass from a list of names, (name, type) or (name, type, Field)."""
    body = {} if namespace is None else dict(namespace)
    hints = {}
    for entry in fields:
        if isinstance(entry, str):
            entry = (entry, 'typing.Any')
        if len(entry) not in (2, 3):
            raise TypeError(f'Invalid field: {entry!r}')
        name = entry[0]
        if not (isinstance(name, str) and name.isidentifier()):
            raise TypeError(f'Field names must be valid identifiers: {name!r}')
        if name in hints:
            raise TypeError(f'Field name duplicated: {name!r}')
        hints[name] = entry[1]
        if len(entry) == 3:
            body[name] = entry[2]
    body['__annotations__'] = hints
    body['__module__'] = '__main__' if module is None else module
    made = type(cls_name, tuple(bases), body)
    return dataclass(made, init=init, repr=repr, eq=eq, order=order, unsafe_hash=unsafe_hash, frozen=frozen,
                     match_args=match_args, kw_only=kw_only, slots=slots, weakref_slot=weakref_slot)
