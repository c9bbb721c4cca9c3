# contextvars — context variables.  A Context maps ContextVars to values;
# one context is current at a time (module state of this VM), Context.run
# makes another current for the duration of a call, and copy_context()
# snapshots the current one.  ContextVar.set returns a Token that reset()
# uses to restore the previous value.  Original Coil code.

__all__ = ['Context', 'ContextVar', 'Token', 'copy_context']


class _Missing:
    def __repr__(self):
        return '<Token.MISSING>'


_MISSING = _Missing()


class Context:
    """A mapping from ContextVar to value; run() executes code in it."""
    __module__ = '_contextvars'     # CPython's types live in _contextvars

    def __init__(self):
        self._data = {}
        self._entered = False
        self._prev = None

    def run(self, callable, /, *args, **kwargs):
        """Call callable(*args, **kwargs) with this context current."""
        global _current
        if self._entered:
            raise RuntimeError(f'cannot enter context: {self!r} is already entered')
        self._entered = True
        self._prev = _current
        _current = self
        try:
            return callable(*args, **kwargs)
        finally:
            _current = self._prev
            self._prev = None
            self._entered = False

    def copy(self):
        ctx = Context()
        ctx._data = dict(self._data)
        return ctx

    def __getitem__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError(f"a ContextVar key was expected, got {var!r}")
        return self._data[var]

    def __contains__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError(f"a ContextVar key was expected, got {var!r}")
        return var in self._data

    def get(self, var, default=None):
        if not isinstance(var, ContextVar):
            raise TypeError(f"a ContextVar key was expected, got {var!r}")
        return self._data.get(var, default)

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(self._data)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def __eq__(self, other):
        if not isinstance(other, Context):
            return NotImplemented
        return self._data == other._data

    __hash__ = None


_current = Context()


def copy_context():
    """A copy of the current context."""
    return _current.copy()


class ContextVar:
    """A variable whose value depends on the current context."""

    __slots__ = ('_name', '_default')
    __module__ = '_contextvars'

    def __init__(self, name, *, default=_MISSING):
        if not isinstance(name, str):
            raise TypeError('context variable name must be a str')
        self._name = name
        self._default = default

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type '_contextvars.ContextVar' is not an acceptable base type")

    @property
    def name(self):
        return self._name

    def get(self, *args):
        """The value in the current context, else the given default, else
        the variable's default; LookupError if there is none."""
        if len(args) > 1:
            raise TypeError(f'get expected at most 1 argument, got {len(args)}')
        try:
            return _current._data[self]
        except KeyError:
            pass
        if args:
            return args[0]
        if self._default is not _MISSING:
            return self._default
        raise LookupError(self)

    def set(self, value):
        """Set the value in the current context; returns a Token for reset()."""
        ctx = _current
        old = ctx._data.get(self, _MISSING)
        ctx._data[self] = value
        return Token(ctx, self, old)

    def reset(self, token):
        """Restore the value the variable had before the set() that made token."""
        if not isinstance(token, Token):
            raise TypeError(f'expected an instance of Token, got {token!r}')
        if token._used:
            raise RuntimeError(f'{token!r} has already been used once')
        if token._var is not self:
            raise ValueError(f'{token!r} was created by a different ContextVar')
        if token._ctx is not _current:
            raise ValueError(f'{token!r} was created in a different Context')
        token._used = True
        if token._old is _MISSING:
            _current._data.pop(self, None)
        else:
            _current._data[self] = token._old

    def __class_getitem__(cls, item):
        return type(list[int])(cls, item)

    def __hash__(self):
        return object.__hash__(self)

    def __repr__(self):
        default = ''
        if self._default is not _MISSING:
            default = f' default={self._default!r}'
        return f'<ContextVar name={self._name!r}{default} at 0x{id(self):x}>'


class Token:
    """What ContextVar.set() returns: the variable and its previous value."""

    MISSING = _MISSING
    __module__ = '_contextvars'

    def __init__(self, ctx, var, old):
        self._ctx = ctx
        self._var = var
        self._old = old
        self._used = False

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type '_contextvars.Token' is not an acceptable base type")

    @property
    def var(self):
        return self._var

    @property
    def old_value(self):
        return self._old

    def __class_getitem__(cls, item):
        return type(list[int])(cls, item)

    def __repr__(self):
        used = ' used' if self._used else ''
        return f'<Token{used} var={self._var!r} at 0x{id(self):x}>'
