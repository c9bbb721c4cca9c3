# abc — abstract base classes.  ABCMeta records which methods a class leaves
# abstract (object() then refuses to instantiate it), keeps the virtual
# subclasses given to register(), and answers isinstance/issubclass from the
# real MRO, the registry, its subclasses' registries and __subclasshook__.
# Original Coil code; the caches work like CPython's (a positive cache per
# class, a negative one invalidated by any register()).

__all__ = ['ABC', 'ABCMeta', 'abstractmethod', 'abstractclassmethod', 'abstractstaticmethod',
           'abstractproperty', 'get_cache_token', 'update_abstractmethods']


def abstractmethod(funcobj):
    """A decorator marking a method abstract: a class whose metaclass is
    ABCMeta cannot be instantiated while any such method is not overridden."""
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    """Deprecated alias: use @classmethod over @abstractmethod."""
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True


class abstractstaticmethod(staticmethod):
    """Deprecated alias: use @staticmethod over @abstractmethod."""
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True


class abstractproperty(property):
    """Deprecated alias: use @property over @abstractmethod."""
    __isabstractmethod__ = True


def _is_abstract(value):
    return getattr(value, "__isabstractmethod__", False)


class _ABCState:
    # Per-class bookkeeping, kept in one attribute (`_abc_impl`) as CPython does.
    def __init__(self):
        self.registry = []          # classes given to register()
        self.subclasses = []        # classes created with this one as a direct base
        self.cache = set()          # known (virtual) subclasses
        self.negative = set()       # known non-subclasses ...
        self.negative_version = ABCMeta._abc_invalidation_counter  # ... valid for this version


def _abstract_names(cls, namespace, bases):
    names = {name for name, value in namespace.items() if _is_abstract(value)}
    for base in bases:
        for name in getattr(base, "__abstractmethods__", ()):
            if _is_abstract(getattr(cls, name, None)):
                names.add(name)
    return frozenset(names)


class ABCMeta(type):
    """Metaclass of abstract base classes (see the module comment)."""

    _abc_invalidation_counter = 0

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _abstract_names(cls, namespace, bases)
        cls._abc_impl = _ABCState()
        for base in bases:
            state = base.__dict__.get("_abc_impl")
            if isinstance(state, _ABCState):
                state.subclasses.append(cls)
        return cls

    def register(cls, subclass):
        """Makes subclass a virtual subclass of cls; returns it (so it can
        decorate a class)."""
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_impl.registry.append(subclass)
        ABCMeta._abc_invalidation_counter += 1
        return subclass

    def __instancecheck__(cls, instance):
        state = cls._abc_impl
        klass = getattr(instance, "__class__", None)
        kind = type(instance)
        if klass is None:
            klass = kind
        if klass in state.cache or kind in state.cache:
            return True
        if klass is kind:
            if (state.negative_version == ABCMeta._abc_invalidation_counter
                    and klass in state.negative):
                return False
            return cls.__subclasscheck__(klass)
        return cls.__subclasscheck__(klass) or cls.__subclasscheck__(kind)

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError("issubclass() arg 1 must be a class")
        state = cls._abc_impl
        if subclass in state.cache:
            return True
        if state.negative_version < ABCMeta._abc_invalidation_counter:
            state.negative = set()
            state.negative_version = ABCMeta._abc_invalidation_counter
        elif subclass in state.negative:
            return False
        verdict = cls.__subclasshook__(subclass)
        if verdict is not NotImplemented:
            if not isinstance(verdict, bool):
                raise AssertionError("__subclasshook__ must return either False, True, or NotImplemented")
            (state.cache if verdict else state.negative).add(subclass)
            return verdict
        if cls in subclass.__mro__:
            state.cache.add(subclass)
            return True
        for other in state.registry + state.subclasses:
            if issubclass(subclass, other):
                state.cache.add(subclass)
                return True
        state.negative.add(subclass)
        return False

    def _dump_registry(cls, file=None):
        state = cls._abc_impl
        print(f"Class: {cls.__module__}.{cls.__qualname__}", file=file)
        print(f"Inv. counter: {get_cache_token()}", file=file)
        print(f"_abc_registry: {set(state.registry)!r}", file=file)
        print(f"_abc_cache: {state.cache!r}", file=file)
        print(f"_abc_negative_cache: {state.negative!r}", file=file)
        print(f"_abc_negative_cache_version: {state.negative_version!r}", file=file)

    def _abc_registry_clear(cls):
        cls._abc_impl.registry.clear()

    def _abc_caches_clear(cls):
        cls._abc_impl.cache.clear()
        cls._abc_impl.negative.clear()


def get_cache_token():
    """A token that changes whenever an ABC gains a virtual subclass."""
    return ABCMeta._abc_invalidation_counter


def update_abstractmethods(cls):
    """Recomputes cls.__abstractmethods__ after methods were added or
    replaced on a class created earlier; returns cls."""
    if not hasattr(cls, "__abstractmethods__"):
        return cls
    names = set()
    for base in cls.__bases__:
        for name in getattr(base, "__abstractmethods__", ()):
            if _is_abstract(getattr(cls, name, None)):
                names.add(name)
    for name, value in cls.__dict__.items():
        if _is_abstract(value):
            names.add(name)
    cls.__abstractmethods__ = frozenset(names)
    return cls


class ABC(metaclass=ABCMeta):
    """A base class to derive abstract base classes from."""
    __slots__ = ()
