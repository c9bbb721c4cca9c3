# types — names for the interpreter's built-in types (FunctionType,
# GeneratorType, ModuleType, ...), SimpleNamespace, MappingProxyType and the
# dynamic class helpers new_class/prepare_class/resolve_bases.  Original
# Coil code: the types are taken from objects that have them.

import sys

__all__ = ['FunctionType', 'LambdaType', 'CodeType', 'MappingProxyType', 'SimpleNamespace', 'CellType',
           'GeneratorType', 'CoroutineType', 'AsyncGeneratorType', 'MethodType', 'BuiltinFunctionType',
           'BuiltinMethodType', 'WrapperDescriptorType', 'MethodWrapperType', 'MethodDescriptorType',
           'ClassMethodDescriptorType', 'ModuleType', 'TracebackType', 'FrameType', 'GetSetDescriptorType',
           'MemberDescriptorType', 'new_class', 'resolve_bases', 'prepare_class', 'DynamicClassAttribute',
           'coroutine', 'GenericAlias', 'UnionType', 'EllipsisType', 'NoneType', 'NotImplementedType']


def _f():
    pass


FunctionType = type(_f)
LambdaType = type(lambda: None)
CodeType = type(_f.__code__)


def _cell_maker():
    a = 1

    def inner():
        return a
    return inner


CellType = type(_cell_maker().__closure__[0])


def _g():
    yield 1


GeneratorType = type(_g())


async def _c():
    pass


_co = _c()
CoroutineType = type(_co)
_co.close()
del _co


async def _ag():
    yield


AsyncGeneratorType = type(_ag())


class _C:
    def _m(self):
        pass


MethodType = type(_C()._m)
BuiltinFunctionType = BuiltinMethodType = type([].append)
WrapperDescriptorType = type(object.__dict__['__repr__'])
MethodWrapperType = type(object().__repr__)
MethodDescriptorType = type(list.__dict__['append'])
ClassMethodDescriptorType = type(bytes.__dict__['fromhex'])
ModuleType = type(sys)

try:
    raise TypeError
except TypeError as _e:
    TracebackType = type(_e.__traceback__)
    _frame = getattr(_e.__traceback__, 'tb_frame', None)
    FrameType = type(_frame) if _frame is not None else None
    del _frame

GetSetDescriptorType = type(FunctionType.__dict__['__code__']) if '__code__' in FunctionType.__dict__ else None


class _Slotted:
    __slots__ = ('_member',)


# The descriptor a __slots__ entry makes (CPython's type of e.g.
# FunctionType.__globals__ too).
MemberDescriptorType = type(_Slotted.__dict__['_member'])
del _Slotted
GenericAlias = type(list[int])
UnionType = type(int | str)
EllipsisType = type(Ellipsis)
NoneType = type(None)
NotImplementedType = type(NotImplemented.__class__())
del _C, _f, _g, _c, _ag, _cell_maker


class SimpleNamespace:
    """An object whose attributes are the keyword arguments it was made
    with; compares equal to another namespace with the same attributes."""

    def __init__(self, /, *args, **kwargs):
        if args:
            raise TypeError("no positional arguments expected")
        self.__dict__.update(kwargs)

    def __repr__(self):
        running = _repr_running
        key = id(self)
        name = 'namespace' if type(self) is SimpleNamespace else type(self).__name__
        if key in running:
            return name + '(...)'
        running.add(key)
        try:
            items = [f'{k}={v!r}' for k, v in self.__dict__.items()]
        finally:
            running.discard(key)
        return name + '(' + ', '.join(items) + ')'

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None

    def __reduce__(self):
        return (type(self), (), dict(self.__dict__))


_repr_running = set()


MappingProxyType = type(type.__dict__)


def resolve_bases(bases):
    """Replace bases that are not classes but have __mro_entries__ (PEP 560)."""
    out = []
    changed = False
    for entry in bases:
        hook = None if isinstance(entry, type) else getattr(entry, '__mro_entries__', None)
        if hook is None:
            out.append(entry)
            continue
        replacement = hook(bases)
        if type(replacement) is not tuple and not isinstance(replacement, tuple):
            raise TypeError("__mro_entries__ must return a tuple")
        out.extend(replacement)
        changed = True
    return tuple(out) if changed else bases


def _most_derived_meta(start, bases):
    # The metaclass that is a subclass of every base's metaclass (and of
    # start); any two unrelated candidates are a conflict.
    best = start
    for m in map(type, bases):
        if not issubclass(best, m):
            if not issubclass(m, best):
                raise TypeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                                "subclass of the metaclasses of all its bases")
            best = m
    return best


def prepare_class(name, bases=(), kwds=None):
    """(metaclass, namespace, remaining keywords) for a class statement."""
    kwds = {} if kwds is None else dict(kwds)
    if 'metaclass' in kwds:
        meta = kwds.pop('metaclass')
    else:
        meta = type(bases[0]) if bases else type
    if isinstance(meta, type):
        meta = _most_derived_meta(meta, bases)
    prep = getattr(meta, '__prepare__', None)
    namespace = {} if prep is None else prep(name, bases, **kwds)
    return meta, namespace, kwds


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Create a class as a class statement would; exec_body(ns) fills the namespace."""
    resolved = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved is not bases:
        ns['__orig_bases__'] = bases
    return meta(name, resolved, ns, **kwds)


class DynamicClassAttribute(property):
    """A property on instances that reads as the class's __getattr__ on the
    class itself (enum's name/value)."""

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if getattr(self, '__isabstractmethod__', False):
                return self
            raise AttributeError()
        if self.fget is None:
            raise AttributeError("unreadable attribute")
        return self.fget(instance)


class _GeneratorWrapper:
    """What types.coroutine() makes of a generator returned by a callable
    that is not itself a generator function: awaitable, and otherwise the
    generator."""

    def __init__(self, gen):
        self.__wrapped = gen
        self.__isgen = gen.__class__ is GeneratorType
        self.__name__ = getattr(gen, '__name__', None)
        self.__qualname__ = getattr(gen, '__qualname__', None)

    def send(self, val):
        return self.__wrapped.send(val)

    def throw(self, tp, *rest):
        return self.__wrapped.throw(tp, *rest)

    def close(self):
        return self.__wrapped.close()

    @property
    def gi_code(self):
        return self.__wrapped.gi_code

    @property
    def gi_frame(self):
        return self.__wrapped.gi_frame

    @property
    def gi_running(self):
        return self.__wrapped.gi_running

    @property
    def gi_yieldfrom(self):
        return self.__wrapped.gi_yieldfrom

    cr_code = gi_code
    cr_frame = gi_frame
    cr_running = gi_running
    cr_await = gi_yieldfrom

    def __next__(self):
        return next(self.__wrapped)

    def __iter__(self):
        if self.__isgen:
            return self.__wrapped
        return self

    __await__ = __iter__


def coroutine(func):
    """Convert regular generator function to a coroutine."""
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')

    if func.__class__ is FunctionType and func.__code__.__class__ is CodeType:
        co_flags = func.__code__.co_flags
        # Already a coroutine function, or an iterable coroutine one
        # (0x180 == CO_COROUTINE | CO_ITERABLE_COROUTINE).
        if co_flags & 0x180:
            return func
        # A generator function (0x20 == CO_GENERATOR): its generators
        # become awaitable (CO_ITERABLE_COROUTINE), the function stays.
        if co_flags & 0x20:
            import _asyncio
            _asyncio._mark_iterable_coroutine(func.__code__)
            return func

    # Functions that return generator-like objects.
    def wrapped(*args, **kwargs):
        coro = func(*args, **kwargs)
        if (coro.__class__ is CoroutineType or
                coro.__class__ is GeneratorType and coro.gi_code.co_flags & 0x100):
            return coro
        if coro.__class__ is GeneratorType:
            return _GeneratorWrapper(coro)
        return coro
    for attr in ('__module__', '__name__', '__qualname__', '__doc__'):
        try:
            setattr(wrapped, attr, getattr(func, attr))
        except AttributeError:
            pass
    wrapped.__wrapped__ = func
    return wrapped
