# contextvars — context variables.  A Context maps ContextVars to values;
# one context is current at a time.  The current one is kept by the VM
# (_contextstate) so that asyncio tasks and callbacks each run in their own:
# it is None (empty), a dict snapshot, or a Context object once code needed
# the context's identity (a Token).  A Context's dict is never changed in
# place -- set() publishes a new one -- so copy_context() costs O(1) and a
# task captures its parent's context without copying.  Original Coil code.

import _contextstate

__all__ = ['Context', 'ContextVar', 'Token', 'copy_context']

_get_state = _contextstate.get
_set_state = _contextstate.set


class _Missing:
    def __repr__(self):
        return '<Token.MISSING>'


_MISSING = _Missing()
_EMPTY = {}


class Context:
    """A mapping from ContextVar to value; run() executes code in it."""
    __module__ = '_contextvars'     # CPython's types live in _contextvars

    def __init__(self):
        self._data = _EMPTY
        self._entered = False

    def run(self, callable, /, *args, **kwargs):
        """Call callable(*args, **kwargs) with this context current."""
        if self._entered:
            raise RuntimeError(f'cannot enter context: {self!r} is already entered')
        self._entered = True
        prev = _get_state()
        _set_state(self)
        try:
            return callable(*args, **kwargs)
        finally:
            _set_state(prev)
            self._entered = False

    def copy(self):
        ctx = Context()
        ctx._data = self._data
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


def _current_data():
    cur = _get_state()
    if cur is None:
        return _EMPTY
    if type(cur) is Context:
        return cur._data
    return cur


def _current_context():
    """The current context as an object, made on first need."""
    cur = _get_state()
    if type(cur) is Context:
        return cur
    ctx = Context()
    if cur is not None:
        ctx._data = cur
    ctx._entered = True
    _set_state(ctx)
    return ctx


def copy_context():
    """A copy of the current context."""
    ctx = Context()
    ctx._data = _current_data()
    return ctx


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
        v = _current_data().get(self, _MISSING)
        if v is not _MISSING:
            return v
        if args:
            return args[0]
        if self._default is not _MISSING:
            return self._default
        raise LookupError(self)

    def set(self, value):
        """Set the value in the current context; returns a Token for reset()."""
        ctx = _current_context()
        old = ctx._data.get(self, _MISSING)
        data = dict(ctx._data)
        data[self] = value
        ctx._data = data
        return Token(ctx, self, old)

    def reset(self, token):
        """Restore the value the variable had before the set() that made token."""
        if not isinstance(token, Token):
            raise TypeError(f'expected an instance of Token, got {token!r}')
        if token._used:
            raise RuntimeError(f'{token!r} has already been used once')
        if token._var is not self:
            raise ValueError(f'{token!r} was created by a different ContextVar')
        ctx = _current_context()
        if token._ctx is not ctx:
            raise ValueError(f'{token!r} was created in a different Context')
        token._used = True
        data = dict(ctx._data)
        if token._old is _MISSING:
            data.pop(self, None)
        else:
            data[self] = token._old
        ctx._data = data

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
