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
    'runtime_checkable', 'Self', 'Text', 'TYPE_CHECKING', 'TypeAlias', 'TypeGuard',
]

TYPE_CHECKING = False

_NoneType = type(None)
_UnionType = type(int | str)


def _type_repr(obj):
    """How a type appears inside another type's repr: builtins by bare name,
    other classes as module.qualname, typing objects by their own repr."""
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return obj.__module__ + '.' + obj.__qualname__
    if obj is ...:
        return '...'
    if type(obj).__name__ == 'function':
        return obj.__name__
    return repr(obj)


def _type_convert(arg):
    """None means NoneType and a string is a forward reference."""
    if arg is None:
        return _NoneType
    if isinstance(arg, str):
        return ForwardRef(arg)
    return arg


def _as_tuple(params):
    if not isinstance(params, tuple):
        return (params,)
    return params


def _collect_parameters(args):
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
    if isinstance(arg, _GenericAlias) and arg.__parameters__:
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
        self.__forward_arg__ = arg
        self.__forward_evaluated__ = False
        self.__forward_value__ = None
        self.__forward_is_argument__ = is_argument
        self.__forward_is_class__ = is_class
        self.__forward_module__ = module

    def _evaluate(self, globalns, localns, recursive_guard=frozenset()):
        return _eval_type(_eval_string(self.__forward_arg__, globalns, localns), globalns, localns)

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return self.__forward_arg__ == other.__forward_arg__ and self.__forward_module__ == other.__forward_module__

    def __hash__(self):
        return hash((self.__forward_arg__, self.__forward_module__))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __repr__(self):
        if self.__forward_module__ is None:
            return f'ForwardRef({self.__forward_arg__!r})'
        return f'ForwardRef({self.__forward_arg__!r}, module={self.__forward_module__!r})'


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


class TypeVar(_TypeVarLike):
    """A type variable: T = TypeVar('T'), with optional constraints or bound."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        if constraints and bound is not None:
            raise TypeError("Constraints cannot be combined with bound=...")
        if len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        self.__constraints__ = tuple(_type_convert(c) for c in constraints)
        self.__bound__ = None if bound is None else _type_convert(bound)


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
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        self.__bound__ = None if bound is None else _type_convert(bound)

    @property
    def args(self):
        return ParamSpecArgs(self)

    @property
    def kwargs(self):
        return ParamSpecKwargs(self)


# --- special forms ------------------------------------------------------------------

class _SpecialForm:
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


NoReturn = _SpecialForm('NoReturn', "Special type indicating functions that never return.")
Never = _SpecialForm('Never', "The bottom type, a type that has no members.")
Self = _SpecialForm('Self', "Used to spell the type of 'self' in classes.")
LiteralString = _SpecialForm('LiteralString', "Represents an arbitrary literal string.")
TypeAlias = _SpecialForm('TypeAlias', "Special marker indicating that an assignment should be a type alias.")


def _one_arg_form(self, parameters):
    if isinstance(parameters, tuple):
        if len(parameters) != 1:
            raise TypeError(f"{self} accepts only single type.")
        parameters = parameters[0]
    return _GenericAlias(self, (_type_convert(parameters),))


ClassVar = _SpecialForm('ClassVar', "Special type construct to mark class variables.", _one_arg_form)
Final = _SpecialForm('Final', "Special typing construct to indicate final names.", _one_arg_form)
TypeGuard = _SpecialForm('TypeGuard', "Special typing form used to annotate type guards.", _one_arg_form)
Required = _SpecialForm('Required', "A TypedDict key that must be present.", _one_arg_form)
NotRequired = _SpecialForm('NotRequired', "A TypedDict key that may be absent.", _one_arg_form)


def _union_getitem(self, parameters):
    if parameters == ():
        raise TypeError("Cannot take a Union of no types.")
    params = []
    for p in _as_tuple(parameters):
        p = _type_convert(p)
        if isinstance(p, (_UnionGenericAlias, _UnionType)):
            members = p.__args__
        else:
            members = (p,)
        for m in members:
            if m not in params:
                params.append(m)
    if len(params) == 1:
        return params[0]
    return _UnionGenericAlias(self, tuple(params))


def _optional_getitem(self, parameters):
    if isinstance(parameters, tuple) and len(parameters) != 1:
        raise TypeError(f"typing.Optional requires a single type. Got {parameters!r}.")
    arg = parameters[0] if isinstance(parameters, tuple) else parameters
    return Union[arg, None]


def _literal_getitem(self, parameters):
    values = []
    for p in _as_tuple(parameters):
        if isinstance(p, _LiteralGenericAlias):
            members = p.__args__
        else:
            members = (p,)
        for m in members:
            if not any(type(m) is type(v) and m == v for v in values):
                values.append(m)
    return _LiteralGenericAlias(self, tuple(values))


def _concatenate_getitem(self, parameters):
    parameters = _as_tuple(parameters)
    if parameters == ():
        raise TypeError("Cannot take a Concatenate of no types.")
    if not isinstance(parameters[-1], ParamSpec):
        raise TypeError("The last parameter to Concatenate should be a ParamSpec variable.")
    return _GenericAlias(self, tuple(_type_convert(p) for p in parameters))


Union = _SpecialForm('Union', "Union type; Union[X, Y] means either X or Y.", _union_getitem)
Optional = _SpecialForm('Optional', "Optional[X] is equivalent to Union[X, None].", _optional_getitem)
Literal = _SpecialForm('Literal', "Special typing form to define literal types.", _literal_getitem)
Concatenate = _SpecialForm('Concatenate', "Used in conjunction with ParamSpec and Callable.", _concatenate_getitem)


# --- generic aliases ------------------------------------------------------------------

class _GenericAlias:
    """Origin[args]: what subscripting a generic class or special form gives.
    Calls create an origin instance; attribute reads fall through to it."""

    def __init__(self, origin, args, *, name=None):
        self.__origin__ = origin
        self.__args__ = args
        self._name = name
        self.__parameters__ = _collect_parameters(args)

    def __getattr__(self, attr):
        if not _is_dunder(attr) and attr not in ('_name', '_nparams', '_inst'):
            return getattr(self.__origin__, attr)
        raise AttributeError(attr)

    def __call__(self, *args, **kwargs):
        if isinstance(self.__origin__, _SpecialForm):
            raise TypeError(f"Cannot instantiate {self.__origin__!r}")
        if self._name is not None:
            raise TypeError(f"Type {self._name} cannot be instantiated; use {self.__origin__.__name__.lower()}() instead")
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except AttributeError:
            pass
        return result

    def __mro_entries__(self, bases):
        if isinstance(self.__origin__, _SpecialForm):
            raise TypeError(f"Cannot subclass {self!r}")
        if self.__origin__ is Generic:
            if Protocol in bases:
                return ()
            i = bases.index(self)
            for b in bases[i + 1:]:
                if isinstance(b, _GenericAlias) and b is not self:
                    return ()
            return (Generic,)
        entries = []
        if self.__origin__ not in bases:
            entries.append(self.__origin__)
        i = bases.index(self)
        for b in bases[i + 1:]:
            if isinstance(b, _GenericAlias) or (isinstance(b, type) and issubclass(b, Generic)):
                break
        else:
            if not (isinstance(self.__origin__, type) and issubclass(self.__origin__, Generic)):
                entries.append(Generic)
        return tuple(entries)

    def __instancecheck__(self, obj):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __subclasscheck__(self, cls):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __getitem__(self, args):
        if not self.__parameters__:
            raise TypeError(f"{self} is not a generic class")
        args = tuple(_type_convert(a) for a in _as_tuple(args))
        _check_count(self, args, len(self.__parameters__))
        mapping = dict(zip(self.__parameters__, args))
        new_args = tuple(_substitute(a, mapping) for a in self.__args__)
        return self.copy_with(new_args)

    def copy_with(self, args):
        return type(self)(self.__origin__, args, name=self._name)

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
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
        return ', '.join(_type_repr(a) for a in self.__args__)

    def __repr__(self):
        if self._name is not None:
            head = 'typing.' + self._name
        else:
            head = _type_repr(self.__origin__)
        return f'{head}[{self._args_repr()}]'

    def __reduce__(self):
        return (self.__origin__.__getitem__, (self.__args__,))


class _UnionGenericAlias(_GenericAlias):
    def copy_with(self, args):
        return Union[args]

    def __eq__(self, other):
        if not isinstance(other, (_UnionGenericAlias, _UnionType)):
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
                return f'typing.Optional[{_type_repr(args[1])}]'
            if args[1] is _NoneType:
                return f'typing.Optional[{_type_repr(args[0])}]'
        return f'typing.Union[{self._args_repr()}]'


class _LiteralGenericAlias(_GenericAlias):
    def __init__(self, origin, args, *, name=None):
        # Literal values are not types: no type variables to collect.
        self.__origin__ = origin
        self.__args__ = args
        self._name = name
        self.__parameters__ = ()

    def __eq__(self, other):
        if not isinstance(other, _LiteralGenericAlias):
            return NotImplemented
        return set((type(a), a) for a in self.__args__) == set((type(a), a) for a in other.__args__)

    def __hash__(self):
        return hash(frozenset((type(a), a) for a in self.__args__))

    def __repr__(self):
        return 'typing.Literal[' + ', '.join(repr(a) for a in self.__args__) + ']'


class _CallableGenericAlias(_GenericAlias):
    def _args_repr(self):
        args = self.__args__
        if len(args) == 2 and args[0] is ...:
            return '..., ' + _type_repr(args[1])
        if len(args) == 2 and (isinstance(args[0], ParamSpec) or
                               (isinstance(args[0], _GenericAlias) and args[0].__origin__ is Concatenate)):
            return _type_repr(args[0]) + ', ' + _type_repr(args[1])
        params = ', '.join(_type_repr(a) for a in args[:-1])
        return f'[{params}], {_type_repr(args[-1])}'


class _AnnotatedAlias(_GenericAlias):
    def __init__(self, origin, metadata, *, name=None):
        _GenericAlias.__init__(self, origin, (origin,), name=None)
        self.__metadata__ = metadata

    def copy_with(self, args):
        return _AnnotatedAlias(args[0], self.__metadata__)

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __repr__(self):
        meta = ', '.join(repr(m) for m in self.__metadata__)
        return f'typing.Annotated[{_type_repr(self.__origin__)}, {meta}]'

    def __eq__(self, other):
        if not isinstance(other, _AnnotatedAlias):
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
        if not isinstance(params, tuple) or len(params) < 2:
            raise TypeError("Annotated[...] should be used with at least two arguments (a type and an annotation).")
        origin = _type_convert(params[0])
        metadata = tuple(params[1:])
        if isinstance(origin, _AnnotatedAlias):
            metadata = origin.__metadata__ + metadata
            origin = origin.__origin__
        return _AnnotatedAlias(origin, metadata)

    def __init_subclass__(cls, *args, **kwargs):
        raise TypeError(f"Cannot subclass {cls.__module__}.Annotated")


class _SpecialGenericAlias(_GenericAlias):
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
        return _GenericAlias.__getattr__(self, attr)

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f"Type {self._name} cannot be instantiated; use {self.__origin__.__name__.lower()}() instead")
        return self.__origin__(*args, **kwargs)

    def __getitem__(self, params):
        params = tuple(_type_convert(p) for p in _as_tuple(params))
        _check_count(self, params, self._nparams)
        return _GenericAlias(self.__origin__, params, name=self._name)

    def __mro_entries__(self, bases):
        return _GenericAlias.__mro_entries__(self, bases)

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        if isinstance(cls, _SpecialGenericAlias):
            return issubclass(cls.__origin__, self.__origin__)
        if isinstance(cls, _GenericAlias):
            return False
        return issubclass(cls, self.__origin__)

    def __eq__(self, other):
        if not isinstance(other, _SpecialGenericAlias):
            return NotImplemented
        return self.__origin__ is other.__origin__ and self._name == other._name

    def __hash__(self):
        return hash((self.__origin__, self._name))

    def __repr__(self):
        return 'typing.' + self._name

    def __reduce__(self):
        return self._name


class _TupleAlias(_SpecialGenericAlias):
    def __getitem__(self, params):
        if params == ():
            return _GenericAlias(tuple, (), name='Tuple')
        params = tuple(_type_convert(p) for p in _as_tuple(params))
        if len(params) == 2 and params[1] is ...:
            return _GenericAlias(tuple, params, name='Tuple')
        if ... in params:
            raise TypeError("Tuple[t, ...]: t must be a type.")
        return _GenericAlias(tuple, params, name='Tuple')


class _CallableAlias(_SpecialGenericAlias):
    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        args, result = params
        if args is ...:
            flat = (..., _type_convert(result))
        elif isinstance(args, (list, tuple)):
            flat = tuple(_type_convert(a) for a in args) + (_type_convert(result),)
        elif isinstance(args, ParamSpec) or (isinstance(args, _GenericAlias) and args.__origin__ is Concatenate):
            flat = (args, _type_convert(result))
        else:
            raise TypeError(f"Callable[args, result]: args must be a list. Got {args!r:.100}.")
        return _CallableGenericAlias(self.__origin__, flat, name='Callable')


_abc = collections.abc

Hashable = _SpecialGenericAlias(_abc.Hashable, 0, 'Hashable')
Awaitable = _SpecialGenericAlias(_abc.Awaitable, 1, 'Awaitable')
Coroutine = _SpecialGenericAlias(_abc.Coroutine, 3, 'Coroutine')
AsyncIterable = _SpecialGenericAlias(_abc.AsyncIterable, 1, 'AsyncIterable')
AsyncIterator = _SpecialGenericAlias(_abc.AsyncIterator, 1, 'AsyncIterator')
Iterable = _SpecialGenericAlias(_abc.Iterable, 1, 'Iterable')
Iterator = _SpecialGenericAlias(_abc.Iterator, 1, 'Iterator')
Reversible = _SpecialGenericAlias(_abc.Reversible, 1, 'Reversible')
Sized = _SpecialGenericAlias(_abc.Sized, 0, 'Sized')
Container = _SpecialGenericAlias(_abc.Container, 1, 'Container')
Collection = _SpecialGenericAlias(_abc.Collection, 1, 'Collection')
Callable = _CallableAlias(_abc.Callable, 2, 'Callable')
AbstractSet = _SpecialGenericAlias(_abc.Set, 1, 'AbstractSet')
MutableSet = _SpecialGenericAlias(_abc.MutableSet, 1, 'MutableSet')
Mapping = _SpecialGenericAlias(_abc.Mapping, 2, 'Mapping')
MutableMapping = _SpecialGenericAlias(_abc.MutableMapping, 2, 'MutableMapping')
Sequence = _SpecialGenericAlias(_abc.Sequence, 1, 'Sequence')
MutableSequence = _SpecialGenericAlias(_abc.MutableSequence, 1, 'MutableSequence')
ByteString = _SpecialGenericAlias(_abc.ByteString, 0, 'ByteString')
MappingView = _SpecialGenericAlias(_abc.MappingView, 1, 'MappingView')
KeysView = _SpecialGenericAlias(_abc.KeysView, 1, 'KeysView')
ItemsView = _SpecialGenericAlias(_abc.ItemsView, 2, 'ItemsView')
ValuesView = _SpecialGenericAlias(_abc.ValuesView, 1, 'ValuesView')
Generator = _SpecialGenericAlias(_abc.Generator, 3, 'Generator')
AsyncGenerator = _SpecialGenericAlias(_abc.AsyncGenerator, 2, 'AsyncGenerator')
Tuple = _TupleAlias(tuple, -1, 'Tuple', inst=False)
List = _SpecialGenericAlias(list, 1, 'List', inst=False)
Deque = _SpecialGenericAlias(collections.deque, 1, 'Deque')
Set = _SpecialGenericAlias(set, 1, 'Set', inst=False)
FrozenSet = _SpecialGenericAlias(frozenset, 1, 'FrozenSet', inst=False)
Dict = _SpecialGenericAlias(dict, 2, 'Dict', inst=False)
DefaultDict = _SpecialGenericAlias(collections.defaultdict, 2, 'DefaultDict')
OrderedDict = _SpecialGenericAlias(collections.OrderedDict, 2, 'OrderedDict')
Counter = _SpecialGenericAlias(collections.Counter, 1, 'Counter')
ChainMap = _SpecialGenericAlias(collections.ChainMap, 2, 'ChainMap') if hasattr(collections, 'ChainMap') else None
Type = _SpecialGenericAlias(type, 1, 'Type')
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


ContextManager = _SpecialGenericAlias(_ContextManagerABC, 1, 'ContextManager')
AsyncContextManager = _SpecialGenericAlias(_AsyncContextManagerABC, 1, 'AsyncContextManager')


# --- Generic and Protocol ----------------------------------------------------------------

class Generic:
    """Base class of generic classes: class Box(Generic[T]) makes Box[int]
    valid and records Box.__parameters__."""

    def __class_getitem__(cls, params):
        params = tuple(_type_convert(p) for p in _as_tuple(params))
        if cls in (Generic, Protocol):
            if not params and cls is not Tuple:
                raise TypeError(f"Parameter list to {cls.__qualname__}[...] cannot be empty")
            for p in params:
                if not isinstance(p, (TypeVar, ParamSpec)):
                    raise TypeError(f"Parameters to {cls.__name__}[...] must all be type variables or parameter specification variables.")
            if len(set(params)) != len(params):
                raise TypeError(f"Parameters to {cls.__name__}[...] must all be unique")
        else:
            _check_count(cls, params, len(cls.__parameters__))
        return _GenericAlias(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if '__orig_bases__' in cls.__dict__:
            error = Generic in cls.__orig_bases__
        else:
            error = Generic in cls.__bases__ and cls.__name__ != 'Protocol' and type(cls) is not _TypedDictMeta
        if error:
            raise TypeError("Cannot inherit from plain Generic")
        if '__orig_bases__' in cls.__dict__:
            tvars = _collect_parameters(cls.__orig_bases__)
            gvars = None
            for base in cls.__orig_bases__:
                if isinstance(base, _GenericAlias) and base.__origin__ is Generic:
                    if gvars is not None:
                        raise TypeError("Cannot inherit from Generic[...] multiple times.")
                    gvars = base.__parameters__
            if gvars is not None:
                missing = [t for t in tvars if t not in gvars]
                if missing:
                    s_vars = ', '.join(str(t) for t in missing)
                    s_args = ', '.join(str(g) for g in gvars)
                    raise TypeError(f"Some type variables ({s_vars}) are not listed in Generic[{s_args}]")
                tvars = gvars
        else:
            tvars = ()
        cls.__parameters__ = tuple(tvars)


Generic.__parameters__ = ()

_PROTOCOL_SKIP = frozenset((
    '__abstractmethods__', '__annotations__', '__dict__', '__doc__', '__init__', '__module__',
    '__new__', '__slots__', '__subclasshook__', '__weakref__', '__class_getitem__', '__qualname__',
    '__parameters__', '__orig_bases__', '_is_protocol', '_is_runtime_protocol', '__init_subclass__',
    '__protocol_attrs__', '__orig_class__', '__match_args__',
))


def _protocol_attrs(cls):
    attrs = []
    for base in cls.__mro__[:-1]:
        if base.__name__ in ('Protocol', 'Generic'):
            continue
        names = list(base.__dict__) + list(getattr(base, '__annotations__', {}))
        for name in names:
            if not name.startswith('_abc_') and name not in _PROTOCOL_SKIP and name not in attrs:
                attrs.append(name)
    return attrs


class _ProtocolMeta(ABCMeta):
    def __instancecheck__(cls, instance):
        if getattr(cls, '_is_protocol', False):
            if not getattr(cls, '_is_runtime_protocol', False):
                raise TypeError("Instance and class checks can only be used with @runtime_checkable protocols")
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
        if getattr(cls, '_is_protocol', False):
            if not getattr(cls, '_is_runtime_protocol', False):
                raise TypeError("Instance and class checks can only be used with @runtime_checkable protocols")
            if not isinstance(other, type):
                raise TypeError('issubclass() arg 1 must be a class')
            for attr in _protocol_attrs(cls):
                for base in other.__mro__:
                    if attr in base.__dict__:
                        if base.__dict__[attr] is None:
                            return False
                        break
                else:
                    return False
            return True
        return super().__subclasscheck__(other)


def _no_init_or_replace_init(self, *args, **kwargs):
    if getattr(type(self), '_is_protocol', False):
        raise TypeError('Protocols cannot be instantiated')


class Protocol(Generic, metaclass=_ProtocolMeta):
    """Base class for structural types: a class with the listed members
    matches the protocol (with @runtime_checkable, also in isinstance)."""

    _is_protocol = True
    _is_runtime_protocol = False

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if not cls.__dict__.get('_is_protocol', False):
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)
        if cls._is_protocol and cls.__init__ is Protocol.__init__:
            cls.__init__ = _no_init_or_replace_init

    def __new__(cls, *args, **kwargs):
        if cls._is_protocol:
            raise TypeError('Protocols cannot be instantiated')
        return object.__new__(cls)


def runtime_checkable(cls):
    """Mark a protocol class usable with isinstance() and issubclass()."""
    if not (isinstance(cls, type) and issubclass(cls, Generic)) or not getattr(cls, '_is_protocol', False):
        raise TypeError(f'@runtime_checkable can be only applied to protocol classes, got {cls!r}')
    cls._is_runtime_protocol = True
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
    nt.__annotations__ = {n: t for n, t in fields}
    return nt


class _NamedTupleMeta(type):
    def __new__(mcls, typename, bases, ns):
        for b in bases:
            if b is not _NamedTuple and b is not Generic:
                raise TypeError('can only inherit from a NamedTuple type and Generic')
        annotations = ns.get('__annotations__', {})
        fields = []
        defaults = []
        for name, tp in annotations.items():
            fields.append((name, _type_convert(tp)))
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
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
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
    return _make_namedtuple(typename, [(n, _type_convert(t)) for n, t in fields], '__main__')


_NamedTuple = type.__new__(_NamedTupleMeta, 'NamedTuple', (), {})


def _namedtuple_mro_entries(bases):
    return (_NamedTuple,)


NamedTuple.__mro_entries__ = _namedtuple_mro_entries


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
        own = {k: _type_convert(v) for k, v in ns.get('__annotations__', {}).items()}
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


_TypedDict = type.__new__(_TypedDictMeta, 'TypedDict', (), {})


def _typeddict_mro_entries(bases):
    return (_TypedDict,)


TypedDict.__mro_entries__ = _typeddict_mro_entries


def is_typeddict(tp):
    return isinstance(tp, _TypedDictMeta)


class NewType:
    """NewType('UserId', int): a distinct name for a type; calling it returns
    its argument unchanged."""

    def __init__(self, name, tp):
        self.__qualname__ = name
        if '.' in name:
            name = name.rpartition('.')[-1]
        self.__name__ = name
        self.__supertype__ = tp
        self.__module__ = '__main__'

    def __mro_entries__(self, bases):
        superclass_name = self.__name__

        class Dummy:
            def __init_subclass__(cls):
                subclass_name = cls.__name__
                raise TypeError(f"Cannot subclass an instance of NewType. Perhaps you were looking for: "
                                f"`{subclass_name} = NewType({subclass_name!r}, {superclass_name})`")
        return (Dummy,)

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
    raise AssertionError(f"Expected code to be unreachable, but got: {value}")


def reveal_type(obj, /):
    print(f"Runtime type is {type(obj).__name__!r}", file=sys.stderr)
    return obj


_overload_registry = {}


def _overload_dummy(*args, **kwds):
    raise NotImplementedError(
        "You should not call an overloaded function. "
        "A series of @overload-decorated functions "
        "outside a stub module should always be followed "
        "by an implementation that is not @overload-ed.")


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
    except (AttributeError, TypeError):
        pass
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
    def decorator(cls_or_fn):
        cls_or_fn.__dataclass_transform__ = {
            'eq_default': eq_default, 'order_default': order_default,
            'kw_only_default': kw_only_default, 'field_specifiers': field_specifiers, 'kwargs': kwargs,
        }
        return cls_or_fn
    return decorator


def get_origin(tp):
    """The unsubscripted form of tp: get_origin(List[int]) is list."""
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, _GenericAlias) and not isinstance(tp, _SpecialGenericAlias):
        return tp.__origin__
    if isinstance(tp, _SpecialGenericAlias):
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
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, _SpecialGenericAlias):
        return ()
    if isinstance(tp, _GenericAlias):
        res = tp.__args__
        if isinstance(tp, _CallableGenericAlias) and res and res[0] is not ... and not (
                len(res) == 2 and (isinstance(res[0], ParamSpec) or
                                   (isinstance(res[0], _GenericAlias) and res[0].__origin__ is Concatenate))):
            res = (list(res[:-1]), res[-1])
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


def _eval_type(t, globalns, localns):
    if isinstance(t, ForwardRef):
        return t._evaluate(globalns, localns)
    if isinstance(t, _SpecialGenericAlias):
        return t
    if isinstance(t, _AnnotatedAlias):
        return _AnnotatedAlias(_eval_type(t.__origin__, globalns, localns), t.__metadata__)
    if isinstance(t, _GenericAlias) and not isinstance(t, _LiteralGenericAlias):
        new_args = tuple(_eval_type(a, globalns, localns) for a in t.__args__)
        if new_args == t.__args__:
            return t
        if isinstance(t, _UnionGenericAlias):
            return Union[new_args]
        return t.copy_with(new_args)
    return t


def _strip_annotations(t):
    if isinstance(t, _AnnotatedAlias):
        return _strip_annotations(t.__origin__)
    if isinstance(t, _GenericAlias) and not isinstance(t, (_SpecialGenericAlias, _LiteralGenericAlias)):
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
    return _eval_type(value, globalns, localns)


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of a class (its whole MRO), module, function or method,
    with string forward references evaluated and None replaced by NoneType."""
    if getattr(obj, '__no_type_check__', None):
        return {}
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            ann = base.__dict__.get('__annotations__', {})
            if globalns is None:
                module = sys.modules.get(base.__module__)
                base_globals = getattr(module, '__dict__', {})
            else:
                base_globals = globalns
            base_locals = dict(vars(base)) if localns is None else localns
            if localns is None and globalns is None:
                base_globals, base_locals = base_locals, base_globals
            for name, value in ann.items():
                hints[name] = _hint_value(value, base_globals, base_locals)
    else:
        ann = getattr(obj, '__annotations__', None)
        if ann is None:
            if isinstance(obj, type(sys)) or callable(obj):
                return {}
            raise TypeError(f'{obj!r} is not a module, class, method, or function.')
        if globalns is None:
            if isinstance(obj, type(sys)):
                globalns = obj.__dict__
            else:
                nsobj = obj
                while hasattr(nsobj, '__wrapped__'):
                    nsobj = nsobj.__wrapped__
                globalns = getattr(nsobj, '__globals__', {})
            if localns is None:
                localns = globalns
        elif localns is None:
            localns = globalns
        for name, value in ann.items():
            hints[name] = _hint_value(value, globalns, localns)
    if include_extras:
        return hints
    return {k: _strip_annotations(t) for k, t in hints.items()}
