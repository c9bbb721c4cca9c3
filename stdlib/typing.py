# typing — runtime support for type hints: the special forms (Any, Union,
# Optional, Literal, ClassVar, ...), subscriptable aliases of the builtin and
# collections.abc classes (List[int] -> typing.List[int]), TypeVar, Generic,
# Protocol, NamedTuple and TypedDict class syntax, and the introspection
# helpers (get_type_hints, get_origin, get_args).  Original Coil code.

import collections
import collections.abc
import functools
import sys
from abc import ABCMeta, abstractmethod

__all__ = [
    'Annotated', 'Any', 'Callable', 'ClassVar', 'Concatenate', 'Final', 'ForwardRef', 'Generic',
    'Literal', 'Optional', 'ParamSpec', 'Protocol', 'Tuple', 'Type', 'TypeVar', 'Union',
    'AbstractSet', 'ByteString', 'Container', 'ContextManager', 'Hashable', 'ItemsView',
    'Iterable', 'Iterator', 'KeysView', 'Mapping', 'MappingView', 'MutableMapping',
    'MutableSequence', 'MutableSet', 'Sequence', 'Sized', 'ValuesView', 'Awaitable',
    'AsyncIterator', 'AsyncIterable', 'Coroutine', 'Collection', 'AsyncGenerator',
    'AsyncContextManager', 'Reversible', 'SupportsAbs', 'SupportsBytes', 'SupportsComplex',
    'SupportsFloat', 'SupportsIndex', 'SupportsInt', 'SupportsRound', 'ChainMap', 'Counter',
    'Deque', 'Dict', 'DefaultDict', 'List', 'OrderedDict', 'Set', 'FrozenSet', 'NamedTuple',
    'TypedDict', 'Generator', 'AnyStr', 'assert_never', 'assert_type', 'cast', 'final',
    'get_args', 'get_origin', 'get_overloads', 'get_type_hints', 'is_typeddict', 'LiteralString',
    'Never', 'NewType', 'no_type_check', 'no_type_check_decorator', 'NoReturn', 'NotRequired',
    'overload', 'ParamSpecArgs', 'ParamSpecKwargs', 'Required', 'reveal_type',
    'runtime_checkable', 'Self', 'Text', 'TYPE_CHECKING', 'TypeAlias', 'TypeGuard', 'clear_overloads',
    'dataclass_transform',
]

TYPE_CHECKING = False

_NoneType = type(None)
_UnionType = type(int | str)


def _shown(obj):
    """How a type appears inside another type's repr: builtins by bare name,
    other classes as module.qualname, typing objects by their own repr."""
    if isinstance(obj, type):
        home = obj.__module__
        return obj.__qualname__ if home == 'builtins' else f'{home}.{obj.__qualname__}'
    if obj is ...:
        return '...'
    if type(obj).__name__ == 'function':
        return obj.__name__
    return repr(obj)


def _normalise(arg):
    """None means NoneType and a string is a forward reference."""
    if arg is None:
        return _NoneType
    if isinstance(arg, str):
        return ForwardRef(arg)
    return arg


def _as_tuple(params):
    return params if isinstance(params, tuple) else (params,)


def _free_typevars(args):
    """The type variables appearing in args, in first-seen order."""
    found = []
    for a in args:
        if isinstance(a, (TypeVar, ParamSpec)):
            if a not in found:
                found.append(a)
        else:
            for p in getattr(a, '__parameters__', ()):
                if isinstance(p, (TypeVar, ParamSpec)) and p not in found:
                    found.append(p)
    return tuple(found)


def _substitute(arg, mapping):
    if isinstance(arg, (TypeVar, ParamSpec)):
        return mapping.get(arg, arg)
    if isinstance(arg, _Subscripted) and arg.__parameters__:
        return arg[tuple(mapping.get(p, p) for p in arg.__parameters__)]
    return arg


def _check_count(alias, params, expected):
    if len(params) != expected:
        which = 'many' if len(params) > expected else 'few'
        raise TypeError(f"Too {which} arguments for {alias}; actual {len(params)}, expected {expected}")


def _is_dunder(name):
    return name.startswith('__') and name.endswith('__')


# --- forward references and type variables ---------------------------------------------

class ForwardRef:
    """A type written as a string, resolved later by get_type_hints."""

    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError(f"Forward reference must be a string -- got {arg!r}")
        # The public attribute set of a forward reference; nothing is cached
        # here (resolution happens afresh in get_type_hints), so the
        # evaluated flag stays False and the value None.
        for suffix, value in (('arg', arg), ('evaluated', False), ('value', None),
                              ('is_argument', is_argument), ('is_class', is_class),
                              ('module', module)):
            setattr(self, '__forward_' + suffix + '__', value)

    def _evaluate(self, globalns, localns, recursive_guard=frozenset()):
        return _resolve_hint(_eval_string(self.__forward_arg__, globalns, localns), globalns, localns)

    def _key(self):
        return (self.__forward_arg__, self.__forward_module__)

    def __eq__(self, other):
        if isinstance(other, ForwardRef):
            return self._key() == other._key()
        return NotImplemented

    def __hash__(self):
        return hash(self._key())

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __repr__(self):
        extra = '' if self.__forward_module__ is None else f', module={self.__forward_module__!r}'
        return f'ForwardRef({self.__forward_arg__!r}{extra})'


class _TypeVarLike:
    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __repr__(self):
        if self.__covariant__:
            prefix = '+'
        elif self.__contravariant__:
            prefix = '-'
        else:
            prefix = '~'
        return prefix + self.__name__

    def __init_subclass__(cls, *args, **kwargs):
        if cls.__module__ != __name__:
            raise TypeError(f"type '{cls.__mro__[1].__module__}.{cls.__mro__[1].__name__}' is not an acceptable base type")

    def __mro_entries__(self, bases):
        raise TypeError(f"Cannot subclass an instance of {type(self).__name__}")


def _set_variance(var, co, contra):
    co, contra = bool(co), bool(contra)
    if co is contra is True:
        raise ValueError("Bivariant types are not supported.")
    var.__covariant__, var.__contravariant__ = co, contra


class TypeVar(_TypeVarLike):
    """A type variable: T = TypeVar('T'), with optional constraints or bound."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        _set_variance(self, covariant, contravariant)
        if bound is not None and len(constraints) > 0:
            raise TypeError("Constraints cannot be combined with bound=...")
        if len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        self.__constraints__ = tuple(_normalise(c) for c in constraints)
        self.__bound__ = None if bound is None else _normalise(bound)


class ParamSpecArgs:
    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f"{self.__origin__.__name__}.args"


class ParamSpecKwargs:
    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f"{self.__origin__.__name__}.kwargs"


class ParamSpec(_TypeVarLike):
    """A parameter specification variable: P = ParamSpec('P')."""

    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        _set_variance(self, covariant, contravariant)
        self.__bound__ = None if bound is None else _normalise(bound)

    @property
    def args(self):
        return ParamSpecArgs(self)

    @property
    def kwargs(self):
        return ParamSpecKwargs(self)


# --- special forms ------------------------------------------------------------------

class _Form:
    """Any, Union, Optional, ClassVar, ...: objects that only make sense in
    annotations.  `getitem` builds what Form[...] means."""

    def __init__(self, name, doc, getitem=None):
        self._name = name
        self.__doc__ = doc
        self._getitem = getitem

    def __repr__(self):
        return 'typing.' + self._name

    def __reduce__(self):
        return self._name

    def __call__(self, *args, **kwds):
        raise TypeError(f"Cannot instantiate {self!r}")

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        raise TypeError(f"{self} cannot be used with isinstance()")

    def __subclasscheck__(self, cls):
        raise TypeError(f"{self} cannot be used with issubclass()")

    def __mro_entries__(self, bases):
        raise TypeError(f"Cannot subclass {self!r}")

    def __getitem__(self, parameters):
        if self._getitem is None:
            raise TypeError(f"{self} is not subscriptable")
        return self._getitem(self, parameters)


class _AnyMeta(type):
    def __instancecheck__(self, obj):
        if self is Any:
            raise TypeError("typing.Any cannot be used with isinstance()")
        return super().__instancecheck__(obj)

    def __repr__(self):
        if self is Any:
            return "typing.Any"
        return super().__repr__()


class Any(metaclass=_AnyMeta):
    """Special type compatible with every type."""

    def __new__(cls, *args, **kwargs):
        if cls is Any:
            raise TypeError("Any cannot be instantiated")
        return super().__new__(cls)


NoReturn = _Form('NoReturn', "Special type indicating functions that never return.")
Never = _Form('Never', "The bottom type, a type that has no members.")
Self = _Form('Self', "Used to spell the type of 'self' in classes.")
LiteralString = _Form('LiteralString', "Represents an arbitrary literal string.")
TypeAlias = _Form('TypeAlias', "Special marker indicating that an assignment should be a type alias.")


def _one_arg_form(self, parameters):
    if isinstance(parameters, tuple):
        if len(parameters) != 1:
            raise TypeError(f"{self} accepts only single type.")
        parameters = parameters[0]
    return _Subscripted(self, (_normalise(parameters),))


ClassVar = _Form('ClassVar', "Special type construct to mark class variables.", _one_arg_form)
Final = _Form('Final', "Special typing construct to indicate final names.", _one_arg_form)
TypeGuard = _Form('TypeGuard', "Special typing form used to annotate type guards.", _one_arg_form)
Required = _Form('Required', "A TypedDict key that must be present.", _one_arg_form)
NotRequired = _Form('NotRequired', "A TypedDict key that may be absent.", _one_arg_form)


def _union_getitem(self, parameters):
    if parameters == ():
        raise TypeError("Cannot take a Union of no types.")
    params = []
    for p in _as_tuple(parameters):
        p = _normalise(p)
        if isinstance(p, (_UnionAlias, _UnionType)):
            members = p.__args__
        else:
            members = (p,)
        for m in members:
            if m not in params:
                params.append(m)
    if len(params) == 1:
        return params[0]
    return _UnionAlias(self, tuple(params))


def _optional_getitem(self, parameters):
    if isinstance(parameters, tuple) and len(parameters) != 1:
        raise TypeError(f"typing.Optional requires a single type. Got {parameters!r}.")
    arg = parameters[0] if isinstance(parameters, tuple) else parameters
    return Union[arg, None]


def _literal_getitem(self, parameters):
    values = []
    for p in _as_tuple(parameters):
        for m in (p.__args__ if isinstance(p, _LiteralAlias) else (p,)):
            if not any(type(m) is type(v) and m == v for v in values):
                values.append(m)
    return _LiteralAlias(self, tuple(values))


def _concatenate_getitem(self, parameters):
    parameters = _as_tuple(parameters)
    if parameters == ():
        raise TypeError("Cannot take a Concatenate of no types.")
    if not isinstance(parameters[-1], ParamSpec):
        raise TypeError("The last parameter to Concatenate should be a ParamSpec variable.")
    return _Subscripted(self, tuple(_normalise(p) for p in parameters))


Union = _Form('Union', "Union type; Union[X, Y] means either X or Y.", _union_getitem)
Optional = _Form('Optional', "Optional[X] is equivalent to Union[X, None].", _optional_getitem)
Literal = _Form('Literal', "Special typing form to define literal types.", _literal_getitem)
Concatenate = _Form('Concatenate', "Used in conjunction with ParamSpec and Callable.", _concatenate_getitem)


# --- generic aliases ------------------------------------------------------------------

class _Subscripted:
    """Origin[args]: what subscripting a generic class or special form gives.
    Calls create an origin instance; attribute reads fall through to it."""

    def __init__(self, origin, args, *, name=None):
        self.__origin__ = origin
        self.__args__ = args
        self._name = name
        self.__parameters__ = _free_typevars(self.__args__)

    def __getattr__(self, attr):
        if not _is_dunder(attr) and attr not in ('_name', '_nparams', '_inst'):
            return getattr(self.__origin__, attr)
        raise AttributeError(attr)

    def __call__(self, *args, **kwargs):
        maker = self.__origin__
        if isinstance(maker, _Form):
            raise TypeError(f"Cannot instantiate {maker!r}")
        if self._name is not None:
            raise TypeError(f"Type {self._name} cannot be instantiated; use {maker.__name__.lower()}() instead")
        made = maker(*args, **kwargs)
        try:
            made.__orig_class__ = self
        except AttributeError:
            pass  # builtin instances take no attributes; they just stay unmarked
        return made

    def __mro_entries__(self, bases):
        target = self.__origin__
        if isinstance(target, _Form):
            raise TypeError(f"Cannot subclass {self!r}")
        if target is Generic:
            if Protocol in bases:
                return ()
            i = bases.index(self)
            for b in bases[i + 1:]:
                if isinstance(b, _Subscripted) and b is not self:
                    return ()
            return (Generic,)
        entries = () if target in bases else (target,)
        later = bases[bases.index(self) + 1:]
        if any(isinstance(b, _Subscripted) or (isinstance(b, type) and issubclass(b, Generic)) for b in later):
            return entries
        if isinstance(target, type) and issubclass(target, Generic):
            return entries
        return entries + (Generic,)

    def __instancecheck__(self, obj):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __subclasscheck__(self, cls):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __getitem__(self, args):
        if not self.__parameters__:
            raise TypeError(f"{self} is not a generic class")
        args = tuple(_normalise(a) for a in _as_tuple(args))
        _check_count(self, args, len(self.__parameters__))
        mapping = dict(zip(self.__parameters__, args))
        new_args = tuple(_substitute(a, mapping) for a in self.__args__)
        return self.copy_with(new_args)

    def copy_with(self, args):
        return type(self)(self.__origin__, args, name=self._name)

    def __eq__(self, other):
        if not isinstance(other, _Subscripted):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def _args_repr(self):
        if not self.__args__:
            return '()'
        return ', '.join(_shown(a) for a in self.__args__)

    def __repr__(self):
        if self._name is not None:
            head = 'typing.' + self._name
        else:
            head = _shown(self.__origin__)
        return f'{head}[{self._args_repr()}]'

    def __reduce__(self):
        return (self.__origin__.__getitem__, (self.__args__,))


class _UnionAlias(_Subscripted):
    def copy_with(self, args):
        return Union[args]

    def __eq__(self, other):
        if not isinstance(other, (_UnionAlias, _UnionType)):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        for arg in self.__args__:
            if issubclass(cls, arg):
                return True
        return False

    def __repr__(self):
        args = self.__args__
        if len(args) == 2:
            if args[0] is _NoneType:
                return f'typing.Optional[{_shown(args[1])}]'
            if args[1] is _NoneType:
                return f'typing.Optional[{_shown(args[0])}]'
        return f'typing.Union[{self._args_repr()}]'


class _LiteralAlias(_Subscripted):
    def __init__(self, origin, args, *, name=None):
        # Literal values are not types: no type variables to collect.
        self.__origin__ = origin
        self.__args__ = args
        self._name = name
        self.__parameters__ = ()

    def __eq__(self, other):
        if not isinstance(other, _LiteralAlias):
            return NotImplemented
        return set((type(a), a) for a in self.__args__) == set((type(a), a) for a in other.__args__)

    def __hash__(self):
        return hash(frozenset((type(a), a) for a in self.__args__))

    def __repr__(self):
        return 'typing.Literal[' + ', '.join(repr(a) for a in self.__args__) + ']'


class _CallableSubscript(_Subscripted):
    def _args_repr(self):
        args = self.__args__
        if len(args) == 2 and args[0] is ...:
            return '..., ' + _shown(args[1])
        if len(args) == 2 and (isinstance(args[0], ParamSpec) or
                               (isinstance(args[0], _Subscripted) and args[0].__origin__ is Concatenate)):
            return _shown(args[0]) + ', ' + _shown(args[1])
        params = ', '.join(_shown(a) for a in args[:-1])
        return f'[{params}], {_shown(args[-1])}'


class _MetadataAlias(_Subscripted):
    def __init__(self, origin, metadata, *, name=None):
        _Subscripted.__init__(self, origin, (origin,), name=None)
        self.__metadata__ = metadata

    def copy_with(self, args):
        return _MetadataAlias(args[0], self.__metadata__)

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __repr__(self):
        meta = ', '.join(repr(m) for m in self.__metadata__)
        return f'typing.Annotated[{_shown(self.__origin__)}, {meta}]'

    def __eq__(self, other):
        if not isinstance(other, _MetadataAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__metadata__ == other.__metadata__

    def __hash__(self):
        return hash((self.__origin__, self.__metadata__))

    def __mro_entries__(self, bases):
        return (self.__origin__,)


class Annotated:
    """Annotated[T, x, ...]: the type T carrying context-specific metadata."""

    def __new__(cls, *args, **kwargs):
        raise TypeError("Type Annotated cannot be instantiated.")

    def __class_getitem__(cls, params):
        parts = params if isinstance(params, tuple) else ()
        if len(parts) < 2:
            raise TypeError("Annotated[...] should be used with at least two arguments (a type and an annotation).")
        inner = _normalise(parts[0])
        extra = parts[1:]
        # Annotated[Annotated[T, a], b] flattens to Annotated[T, a, b].
        while isinstance(inner, _MetadataAlias):
            inner, extra = inner.__origin__, inner.__metadata__ + extra
        return _MetadataAlias(inner, extra)

    def __init_subclass__(cls, *args, **kwargs):
        raise TypeError(f"Cannot subclass {cls.__module__}.Annotated")


class _BareAlias(_Subscripted):
    """The bare List, Dict, Iterable, ...: a name for a builtin or abc class
    that can be subscripted nparams times (-1: any number, for Tuple)."""

    def __init__(self, origin, nparams, name, inst=True):
        self.__origin__ = origin
        self._nparams = nparams
        self._name = name
        self._inst = inst

    def __getattr__(self, attr):
        if attr in ('__args__', '__parameters__'):
            raise AttributeError(attr)
        return _Subscripted.__getattr__(self, attr)

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f"Type {self._name} cannot be instantiated; use {self.__origin__.__name__.lower()}() instead")
        return self.__origin__(*args, **kwargs)

    def __getitem__(self, params):
        params = tuple(_normalise(p) for p in _as_tuple(params))
        _check_count(self, params, self._nparams)
        return _Subscripted(self.__origin__, params, name=self._name)

    def __mro_entries__(self, bases):
        return _Subscripted.__mro_entries__(self, bases)

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        if not isinstance(cls, _Subscripted):
            return issubclass(cls, self.__origin__)
        # A bare alias stands for its class; a subscripted one never matches.
        return isinstance(cls, _BareAlias) and issubclass(cls.__origin__, self.__origin__)

    def __eq__(self, other):
        if not isinstance(other, _BareAlias):
            return NotImplemented
        return self.__origin__ is other.__origin__ and self._name == other._name

    def __hash__(self):
        return hash((self.__origin__, self._name))

    def __repr__(self):
        return 'typing.' + self._name

    def __reduce__(self):
        return self._name


class _TupleAlias(_BareAlias):
    def __getitem__(self, params):
        if params == ():
            return _Subscripted(tuple, (), name='Tuple')
        params = tuple(_normalise(p) for p in _as_tuple(params))
        if len(params) == 2 and params[1] is ...:
            return _Subscripted(tuple, params, name='Tuple')
        if ... in params:
            raise TypeError("Tuple[t, ...]: t must be a type.")
        return _Subscripted(tuple, params, name='Tuple')


class _CallableAlias(_BareAlias):
    def __getitem__(self, params):
        pair = params if isinstance(params, tuple) else ()
        if len(pair) != 2:
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        args, result = pair
        if args is ...:
            flat = (..., _normalise(result))
        elif isinstance(args, (list, tuple)):
            flat = tuple(_normalise(a) for a in args) + (_normalise(result),)
        elif isinstance(args, ParamSpec) or (isinstance(args, _Subscripted) and args.__origin__ is Concatenate):
            flat = (args, _normalise(result))
        else:
            raise TypeError(f"Callable[args, result]: args must be a list. Got {args!r:.100}.")
        return _CallableSubscript(self.__origin__, flat, name='Callable')


_abc = collections.abc

Hashable = _BareAlias(_abc.Hashable, 0, 'Hashable')
Awaitable = _BareAlias(_abc.Awaitable, 1, 'Awaitable')
Coroutine = _BareAlias(_abc.Coroutine, 3, 'Coroutine')
AsyncIterable = _BareAlias(_abc.AsyncIterable, 1, 'AsyncIterable')
AsyncIterator = _BareAlias(_abc.AsyncIterator, 1, 'AsyncIterator')
Iterable = _BareAlias(_abc.Iterable, 1, 'Iterable')
Iterator = _BareAlias(_abc.Iterator, 1, 'Iterator')
Reversible = _BareAlias(_abc.Reversible, 1, 'Reversible')
Sized = _BareAlias(_abc.Sized, 0, 'Sized')
Container = _BareAlias(_abc.Container, 1, 'Container')
Collection = _BareAlias(_abc.Collection, 1, 'Collection')
Callable = _CallableAlias(_abc.Callable, 2, 'Callable')
AbstractSet = _BareAlias(_abc.Set, 1, 'AbstractSet')
MutableSet = _BareAlias(_abc.MutableSet, 1, 'MutableSet')
Mapping = _BareAlias(_abc.Mapping, 2, 'Mapping')
MutableMapping = _BareAlias(_abc.MutableMapping, 2, 'MutableMapping')
Sequence = _BareAlias(_abc.Sequence, 1, 'Sequence')
MutableSequence = _BareAlias(_abc.MutableSequence, 1, 'MutableSequence')
ByteString = _BareAlias(_abc.ByteString, 0, 'ByteString')
MappingView = _BareAlias(_abc.MappingView, 1, 'MappingView')
KeysView = _BareAlias(_abc.KeysView, 1, 'KeysView')
ItemsView = _BareAlias(_abc.ItemsView, 2, 'ItemsView')
ValuesView = _BareAlias(_abc.ValuesView, 1, 'ValuesView')
Generator = _BareAlias(_abc.Generator, 3, 'Generator')
AsyncGenerator = _BareAlias(_abc.AsyncGenerator, 2, 'AsyncGenerator')
Tuple = _TupleAlias(tuple, -1, 'Tuple', inst=False)
List = _BareAlias(list, 1, 'List', inst=False)
Deque = _BareAlias(collections.deque, 1, 'Deque')
Set = _BareAlias(set, 1, 'Set', inst=False)
FrozenSet = _BareAlias(frozenset, 1, 'FrozenSet', inst=False)
Dict = _BareAlias(dict, 2, 'Dict', inst=False)
DefaultDict = _BareAlias(collections.defaultdict, 2, 'DefaultDict')
OrderedDict = _BareAlias(collections.OrderedDict, 2, 'OrderedDict')
Counter = _BareAlias(collections.Counter, 1, 'Counter')
ChainMap = _BareAlias(collections.ChainMap, 2, 'ChainMap') if hasattr(collections, 'ChainMap') else None
Type = _BareAlias(type, 1, 'Type')
Text = str


class _ContextManagerABC(metaclass=ABCMeta):
    """Stand-in for contextlib.AbstractContextManager: anything with
    __enter__ and __exit__."""

    @classmethod
    def __subclasshook__(cls, C):
        if cls is _ContextManagerABC:
            return all(any(name in B.__dict__ for B in C.__mro__) for name in ('__enter__', '__exit__')) or NotImplemented
        return NotImplemented


class _AsyncContextManagerABC(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is _AsyncContextManagerABC:
            return all(any(name in B.__dict__ for B in C.__mro__) for name in ('__aenter__', '__aexit__')) or NotImplemented
        return NotImplemented


ContextManager = _BareAlias(_ContextManagerABC, 1, 'ContextManager')
AsyncContextManager = _BareAlias(_AsyncContextManagerABC, 1, 'AsyncContextManager')


# --- Generic and Protocol ----------------------------------------------------------------

class Generic:
    """Base class of generic classes: class Box(Generic[T]) makes Box[int]
    valid and records Box.__parameters__."""

    def __class_getitem__(cls, params):
        params = tuple(_normalise(p) for p in _as_tuple(params))
        if cls in (Generic, Protocol):
            if not params and cls is not Tuple:
                raise TypeError(f"Parameter list to {cls.__qualname__}[...] cannot be empty")
            for p in params:
                if not isinstance(p, (TypeVar, ParamSpec)):
                    raise TypeError(f"Parameters to {cls.__name__}[...] must all be type variables or parameter specification variables.")
            if len(frozenset(params)) < len(params):
                raise TypeError(f"Parameters to {cls.__name__}[...] must all be unique")
        else:
            _check_count(cls, params, len(cls.__parameters__))
        return _Subscripted(cls, params)

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        # __orig_bases__ is only in the class's own dict when a subscripted
        # alias was among the bases written in the class statement.
        written = vars(cls).get('__orig_bases__')
        if written is None:
            if (Generic in cls.__bases__ and cls.__name__ != 'Protocol'
                    and type(cls) is not _TypedDictMeta):
                raise TypeError("Cannot inherit from plain Generic")
            cls.__parameters__ = ()
            return
        if Generic in written:
            raise TypeError("Cannot inherit from plain Generic")
        declared = [b for b in written if isinstance(b, _Subscripted) and b.__origin__ is Generic]
        if len(declared) > 1:
            raise TypeError("Cannot inherit from Generic[...] multiple types.")
        used = _free_typevars(written)
        if declared:
            allowed = declared[0].__parameters__
            stray = [v for v in used if v not in allowed]
            if stray:
                listed = ', '.join(map(str, stray))
                raise TypeError(f"Some type variables ({listed}) are not listed in "
                                f"Generic[{', '.join(map(str, allowed))}]")
            used = allowed
        cls.__parameters__ = tuple(used)


Generic.__parameters__ = ()

_PROTOCOL_SKIP = frozenset((
    '__abstractmethods__', '__annotations__', '__dict__', '__doc__', '__init__', '__module__',
    '__new__', '__slots__', '__subclasshook__', '__weakref__', '__class_getitem__', '__qualname__',
    '__parameters__', '__orig_bases__', '_is_protocol', '_runtime_ok', '__init_subclass__',
    '__protocol_attrs__', '__orig_class__', '__match_args__',
))


def _protocol_attrs(cls):
    attrs = []
    for base in cls.__mro__[:-1]:
        if base is Generic or base is Protocol:
            continue  # the machinery's own members are not protocol members
        names = list(base.__dict__) + list(getattr(base, '__annotations__', {}))
        for name in names:
            if not name.startswith('_abc_') and name not in _PROTOCOL_SKIP and name not in attrs:
                attrs.append(name)
    return attrs


_ABSENT = object()


def _first_definition(klass, attr):
    """What the nearest class in klass's MRO defines attr as, or _ABSENT."""
    for k in klass.__mro__:
        own = vars(k)
        if attr in own:
            return own[attr]
    return _ABSENT


def _structural(cls):
    """True when cls is a protocol class; raises if it was not made
    checkable with @runtime_checkable."""
    if not getattr(cls, '_is_protocol', False):
        return False
    if getattr(cls, '_runtime_ok', False):
        return True
    raise TypeError("Instance and class checks can only be used with @runtime_checkable protocols")


class _ProtocolMeta(ABCMeta):
    def __instancecheck__(cls, instance):
        if _structural(cls):
            if super().__instancecheck__(instance):
                return True
            for attr in _protocol_attrs(cls):
                if not hasattr(instance, attr):
                    return False
                if callable(getattr(cls, attr, None)) and getattr(instance, attr) is None:
                    return False
            return True
        return super().__instancecheck__(instance)

    def __subclasscheck__(cls, other):
        if _structural(cls):
            if isinstance(other, type) is False:
                raise TypeError('issubclass() arg 1 must be a class')
            # A member explicitly set to None counts as absent.
            return all(_first_definition(other, attr) not in (_ABSENT, None) for attr in _protocol_attrs(cls))
        return super().__subclasscheck__(other)


def _refuse_protocol_init(self, *args, **kwargs):
    if getattr(type(self), '_is_protocol', False):
        raise TypeError('Protocols cannot be instantiated')


class Protocol(Generic, metaclass=_ProtocolMeta):
    """Base class for structural types: a class with the listed members
    matches the protocol (with @runtime_checkable, also in isinstance)."""

    _is_protocol = True
    _runtime_ok = False

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        if not vars(cls).get('_is_protocol'):
            # Only a class naming Protocol directly among its bases is itself a
            # protocol; a concrete class implementing one is not.
            cls._is_protocol = Protocol in cls.__bases__
        if cls._is_protocol and cls.__init__ is Protocol.__init__:
            cls.__init__ = _refuse_protocol_init

    def __new__(cls, *args, **kwargs):
        if cls._is_protocol:
            raise TypeError('Protocols cannot be instantiated')
        return object.__new__(cls)


def runtime_checkable(cls):
    """Mark a protocol class usable with isinstance() and issubclass()."""
    if not (isinstance(cls, type) and issubclass(cls, Generic)) or not getattr(cls, '_is_protocol', False):
        raise TypeError(f'@runtime_checkable can be only applied to protocol classes, got {cls!r}')
    cls._runtime_ok = True
    return cls


class SupportsInt(Protocol):
    def __int__(self): ...


class SupportsFloat(Protocol):
    def __float__(self): ...


class SupportsComplex(Protocol):
    def __complex__(self): ...


class SupportsBytes(Protocol):
    def __bytes__(self): ...


class SupportsIndex(Protocol):
    def __index__(self): ...


class SupportsAbs(Protocol):
    def __abs__(self): ...


class SupportsRound(Protocol):
    def __round__(self, ndigits=0): ...


for _p in (SupportsInt, SupportsFloat, SupportsComplex, SupportsBytes, SupportsIndex, SupportsAbs, SupportsRound):
    runtime_checkable(_p)
del _p

AnyStr = TypeVar('AnyStr', bytes, str)


# --- NamedTuple and TypedDict -------------------------------------------------------------

_NT_RESERVED = frozenset(('__new__', '__init__', '__slots__', '__getnewargs__', '_fields', '_field_defaults',
                          '_make', '_replace', '_asdict', '_source'))
_NT_KEEP = frozenset(('__module__', '__name__', '__annotations__', '__qualname__', '__orig_bases__'))


def _make_namedtuple(name, fields, module, defaults=()):
    nt = collections.namedtuple(name, [n for n, t in fields], defaults=defaults, module=module)
    # __new__ carries the field types too (inspect.signature shows them).
    nt.__annotations__ = nt.__new__.__annotations__ = {n: t for n, t in fields}
    return nt


class _NTBuilder(type):
    def __new__(mcls, typename, bases, ns):
        for b in bases:
            if b is not _NT_ROOT and b is not Generic:
                raise TypeError('can only inherit from a NamedTuple type and Generic')
        annotations = ns.get('__annotations__', {})
        fields = []
        defaults = []
        for name, tp in annotations.items():
            fields.append((name, _normalise(tp)))
            if name in ns:
                defaults.append(ns[name])
            elif defaults:
                raise TypeError(f"Non-default namedtuple field {name} cannot follow default field"
                                f"{'s' if len(defaults) > 1 else ''} {', '.join(n for n, t in fields[:-1] if n in ns)}")
        nt = _make_namedtuple(typename, fields, ns.get('__module__', '__main__'), defaults)
        if '__qualname__' in ns:
            nt.__qualname__ = ns['__qualname__']
        for key, value in ns.items():
            if key in _NT_RESERVED:
                raise AttributeError(f"Cannot overwrite NamedTuple attribute {key}")
            if key not in _NT_KEEP and key not in nt._fields:
                setattr(nt, key, value)
        return nt


def NamedTuple(typename, fields=None, /, **kwargs):
    """Typed version of collections.namedtuple: a function call
    NamedTuple('P', [('x', int)]) or a base class with annotated fields."""
    if fields is None:
        fields = kwargs.items()
    elif kwargs:
        raise TypeError("Either list of fields or keywords can be provided to NamedTuple, not both")
    return _make_namedtuple(typename, [(n, _normalise(t)) for n, t in fields], '__main__')


# `class P(NamedTuple)` names a function as a base; its __mro_entries__
# swaps in a placeholder class whose metaclass builds the real namedtuple.
_NT_ROOT = type.__new__(_NTBuilder, 'NamedTuple', (), {})
NamedTuple.__mro_entries__ = lambda bases: (_NT_ROOT,)


class _TypedDictMeta(type):
    def __new__(mcls, name, bases, ns, total=True):
        for b in bases:
            if type(b) is not _TypedDictMeta and b is not Generic:
                raise TypeError('cannot inherit from both a TypedDict type and a non-TypedDict base class')
        tp = type.__new__(_TypedDictMeta, name, (dict,), ns)
        annotations = {}
        required = set()
        optional = set()
        for base in bases:
            if type(base) is _TypedDictMeta:
                annotations.update(getattr(base, '__annotations__', {}))
                required.update(getattr(base, '__required_keys__', ()))
                optional.update(getattr(base, '__optional_keys__', ()))
        own = {k: _normalise(v) for k, v in ns.get('__annotations__', {}).items()}
        annotations.update(own)
        for key, tp_ in own.items():
            origin = getattr(tp_, '__origin__', None)
            if origin is Required:
                required.add(key)
            elif origin is NotRequired:
                optional.add(key)
            elif total:
                required.add(key)
            else:
                optional.add(key)
        tp.__annotations__ = annotations
        tp.__required_keys__ = frozenset(required)
        tp.__optional_keys__ = frozenset(optional)
        tp.__total__ = total
        return tp

    def __call__(cls, *args, **kwargs):
        return dict(*args, **kwargs)

    def __instancecheck__(cls, obj):
        raise TypeError('TypedDict does not support instance and class checks')

    def __subclasscheck__(cls, other):
        raise TypeError('TypedDict does not support instance and class checks')


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    """A dict type with a fixed set of typed keys; instances are plain dicts."""
    if fields is None:
        fields = kwargs
    elif kwargs:
        raise TypeError("TypedDict takes either a dict or keyword arguments, but not both")
    ns = {'__annotations__': dict(fields), '__module__': '__main__'}
    return _TypedDictMeta(typename, (), ns, total=total)


# Same trick as NamedTuple: a placeholder base whose metaclass does the work.
_TD_ROOT = type.__new__(_TypedDictMeta, 'TypedDict', (), {})
TypedDict.__mro_entries__ = lambda bases: (_TD_ROOT,)


def is_typeddict(tp):
    return isinstance(tp, _TypedDictMeta)


class NewType:
    """NewType('UserId', int): a distinct name for a type; calling it returns
    its argument unchanged."""

    def __init__(self, name, tp):
        self.__qualname__ = name
        self.__name__ = name.split('.')[-1]
        self.__supertype__ = tp
        self.__module__ = '__main__'

    def __mro_entries__(self, bases):
        # The error names the class being defined, which only a base class's
        # __init_subclass__ gets to see.
        base_name = self.__name__

        class _Refuse:
            def __init_subclass__(sub):
                child = sub.__name__
                raise TypeError("Cannot subclass an instance of NewType. Perhaps you were looking for: "
                                f"`{child} = NewType({child!r}, {base_name})`")
        return (_Refuse,)

    def __repr__(self):
        return f'{self.__module__}.{self.__qualname__}'

    def __call__(self, x):
        return x

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


# --- functions ------------------------------------------------------------------------------

def cast(typ, val):
    """Tell a type checker val has type typ; at runtime, return val unchanged."""
    return val


def assert_type(val, typ, /):
    return val


def assert_never(arg, /):
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + '...'
    raise AssertionError("Expected code to be unreachable, but got: " + value)


def reveal_type(obj, /):
    sys.stderr.write(f"Runtime type is {type(obj).__name__!r}\n")
    return obj


_overload_registry = {}


_OVERLOAD_CALLED = ("You should not call an overloaded function. A series of @overload-decorated functions "
                    "outside a stub module should always be followed by an implementation that is not "
                    "@overload-ed.")


def _overload_dummy(*args, **kwds):
    raise NotImplementedError(_OVERLOAD_CALLED)


def overload(func):
    """Mark a signature of an overloaded function; the undecorated definition
    that follows is the implementation."""
    key = (getattr(func, '__module__', None), getattr(func, '__qualname__', None))
    _overload_registry.setdefault(key, []).append(func)
    return _overload_dummy


def get_overloads(func):
    key = (getattr(func, '__module__', None), getattr(func, '__qualname__', None))
    return list(_overload_registry.get(key, []))


def clear_overloads():
    _overload_registry.clear()


def final(f):
    """Mark a method or class final (checked by type checkers only)."""
    try:
        f.__final__ = True
    except (TypeError, AttributeError):
        pass  # builtins and slotted objects cannot be marked; that is fine
    return f


def no_type_check(arg):
    try:
        arg.__no_type_check__ = True
    except TypeError:
        pass
    return arg


def no_type_check_decorator(decorator):
    @functools.wraps(decorator)
    def wrapped_decorator(*args, **kwds):
        return no_type_check(decorator(*args, **kwds))
    return wrapped_decorator


def dataclass_transform(*, eq_default=True, order_default=False, kw_only_default=False,
                        field_specifiers=(), **kwargs):
    spec = dict(eq_default=eq_default, order_default=order_default, kw_only_default=kw_only_default,
                field_specifiers=field_specifiers, kwargs=kwargs)

    def decorator(target):
        target.__dataclass_transform__ = dict(spec)
        return target
    return decorator


def get_origin(tp):
    """The unsubscripted form of tp: get_origin(List[int]) is list."""
    if isinstance(tp, _MetadataAlias):
        return Annotated
    if isinstance(tp, _Subscripted) and not isinstance(tp, _BareAlias):
        return tp.__origin__
    if isinstance(tp, _BareAlias):
        return tp.__origin__
    if tp is Generic:
        return Generic
    ga = type(list[int])
    if isinstance(tp, ga):
        return tp.__origin__
    if isinstance(tp, _UnionType):
        return _UnionType
    return None


def get_args(tp):
    """The arguments of a subscripted type: get_args(Dict[int, str]) is (int, str)."""
    if isinstance(tp, _MetadataAlias):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, _BareAlias):
        return ()
    if isinstance(tp, _Subscripted):
        res = tp.__args__
        if isinstance(tp, _CallableSubscript) and res and res[0] is not ... and not (
                len(res) == 2 and (isinstance(res[0], ParamSpec) or
                                   (isinstance(res[0], _Subscripted) and res[0].__origin__ is Concatenate))):
            *params, ret = res
            res = (params, ret)
        return res
    if isinstance(tp, (type(list[int]), _UnionType)):
        return tp.__args__
    return ()


_EVAL_SLOT = '__typing_eval_result__'


def _eval_string(text, globalns, localns):
    ns = dict(globalns) if globalns is not None else {}
    if localns is not None:
        ns.update(localns)
    exec(_EVAL_SLOT + ' = (' + text + '\n)', ns)
    return ns[_EVAL_SLOT]


def _resolve_hint(t, globalns, localns):
    if isinstance(t, ForwardRef):
        return t._evaluate(globalns, localns)
    if isinstance(t, _BareAlias):
        return t
    if isinstance(t, _MetadataAlias):
        return _MetadataAlias(_resolve_hint(t.__origin__, globalns, localns), t.__metadata__)
    if isinstance(t, _Subscripted) and not isinstance(t, _LiteralAlias):
        new_args = tuple(_resolve_hint(a, globalns, localns) for a in t.__args__)
        if new_args == t.__args__:
            return t
        if isinstance(t, _UnionAlias):
            return Union[new_args]
        return t.copy_with(new_args)
    return t


def _strip_annotations(t):
    if isinstance(t, _MetadataAlias):
        return _strip_annotations(t.__origin__)
    if isinstance(t, _Subscripted) and not isinstance(t, (_BareAlias, _LiteralAlias)):
        new_args = tuple(_strip_annotations(a) for a in t.__args__)
        if new_args == t.__args__:
            return t
        return t.copy_with(new_args)
    return t


def _hint_value(value, globalns, localns):
    if value is None:
        return _NoneType
    if isinstance(value, str):
        value = ForwardRef(value)
    return _resolve_hint(value, globalns, localns)


def _class_namespaces(klass, globalns, localns):
    """The (globals, locals) pair a class's own annotations are evaluated in.
    Left to itself this uses the class body over its module; names defined
    in the module win over class attributes of the same name, because
    _eval_string lets the second mapping override the first."""
    if globalns is None:
        home = sys.modules.get(klass.__module__)
        module_ns = home.__dict__ if home is not None else {}
    else:
        module_ns = globalns
    body_ns = dict(vars(klass)) if localns is None else localns
    if globalns is localns is None:
        return body_ns, module_ns
    return module_ns, body_ns


def _unwrapped(fn):
    """Follow functools.wraps' __wrapped__ links to the innermost function."""
    seen = fn
    while True:
        inner = getattr(seen, '__wrapped__', _ABSENT)
        if inner is _ABSENT:
            return seen
        seen = inner


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of a class (its whole MRO), module, function or method,
    with string forward references evaluated and None replaced by NoneType."""
    if getattr(obj, '__no_type_check__', False):
        return {}
    hints = {}
    if isinstance(obj, type):
        # Base classes first, so a subclass's annotation of a name wins.
        for klass in obj.__mro__[::-1]:
            own = vars(klass).get('__annotations__')
            if not own:
                continue
            outer, inner = _class_namespaces(klass, globalns, localns)
            for key in own:
                hints[key] = _hint_value(own[key], outer, inner)
    else:
        own = getattr(obj, '__annotations__', None)
        if own is None:
            if isinstance(obj, type(sys)) or callable(obj):
                return {}
            raise TypeError(f'{obj!r} is not a module, class, method, or function.')
        if globalns is None:
            if isinstance(obj, type(sys)):
                globalns = obj.__dict__
            else:
                globalns = getattr(_unwrapped(obj), '__globals__', {})
        if localns is None:
            localns = globalns
        for key in own:
            hints[key] = _hint_value(own[key], globalns, localns)
    if include_extras:
        return hints
    return {k: _strip_annotations(t) for k, t in hints.items()}


# --- stream types --------------------------------------------------------------------------
# Generic descriptions of file-like objects for annotations (io's concrete
# streams are not registered with them, as in CPython).  The methods only
# document the interface; nothing enforces them.

class IO(Generic[AnyStr]):
    """A generic stream of AnyStr (str or bytes)."""

    __slots__ = ()

    @property
    def mode(self) -> str: pass

    @property
    def name(self) -> str: pass

    def close(self) -> None: pass

    @property
    def closed(self) -> bool: pass

    def fileno(self) -> int: pass

    def flush(self) -> None: pass

    def isatty(self) -> bool: pass

    def read(self, n: int = -1) -> AnyStr: pass

    def readable(self) -> bool: pass

    def readline(self, limit: int = -1) -> AnyStr: pass

    def readlines(self, hint: int = -1) -> List[AnyStr]: pass

    def seek(self, offset: int, whence: int = 0) -> int: pass

    def seekable(self) -> bool: pass

    def tell(self) -> int: pass

    def truncate(self, size: int = None) -> int: pass

    def writable(self) -> bool: pass

    def write(self, s: AnyStr) -> int: pass

    def writelines(self, lines: List[AnyStr]) -> None: pass

    def __enter__(self) -> 'IO[AnyStr]': pass

    def __exit__(self, type, value, traceback) -> None: pass


class BinaryIO(IO[bytes]):
    """A stream of bytes."""

    __slots__ = ()

    def write(self, s: Union[bytes, bytearray]) -> int: pass

    def __enter__(self) -> 'BinaryIO': pass


class TextIO(IO[str]):
    """A stream of str."""

    __slots__ = ()

    @property
    def buffer(self) -> BinaryIO: pass

    @property
    def encoding(self) -> str: pass

    @property
    def errors(self) -> Optional[str]: pass

    @property
    def line_buffering(self) -> bool: pass

    @property
    def newlines(self) -> Any: pass

    def __enter__(self) -> 'TextIO': pass


__all__ += ['IO', 'TextIO', 'BinaryIO']


def __getattr__(name):
    # Pattern and Match alias re's classes; made on first use so that
    # importing typing does not import re.
    if name in ('Pattern', 'Match'):
        import re
        alias = _BareAlias(getattr(re, name), 1, name)
        globals()[name] = alias
        return alias
    raise AttributeError(f"module 'typing' has no attribute '{name}'")


__all__ += ['Pattern', 'Match']
