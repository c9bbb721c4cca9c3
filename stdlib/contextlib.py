# contextlib — helpers for `with` statements: the @contextmanager and
# @asynccontextmanager decorators, ContextDecorator, closing, suppress,
# nullcontext, redirect_stdout/redirect_stderr and ExitStack.

import sys
from functools import wraps

__all__ = ["asynccontextmanager", "contextmanager", "closing", "nullcontext",
           "AbstractContextManager", "ContextDecorator", "ExitStack",
           "redirect_stdout", "redirect_stderr", "suppress"]


class AbstractContextManager:
    # Base class: entering gives back the manager itself, and exiting lets
    # any exception propagate.
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        return None


class ContextDecorator:
    # Mixin that lets a context manager decorate a function: each call of
    # the function runs inside the manager.

    def _recreate_cm(self):
        # One-shot managers override this to hand out a fresh instance.
        return self

    def __call__(self, func):
        @wraps(func)
        def run_inside(*args, **kwds):
            with self._recreate_cm():
                return func(*args, **kwds)
        return run_inside


class _GenCMShared:
    def __init__(self, func, args, kwds, /):
        # The generator is created now but runs only when entered.
        self.gen = func(*args, **kwds)
        self.func = func
        self.args = args
        self.kwds = kwds
        doc = getattr(func, '__doc__', None)
        self.__doc__ = type(self).__doc__ if doc is None else doc

    def _recreate_cm(self):
        return type(self)(self.func, self.args, self.kwds)


def _is_echo(raised, sent):
    # True when the exception coming out of the generator is really the one
    # thrown into it: either itself, or (PEP 479) a StopIteration-like
    # exception that the generator machinery wrapped in a RuntimeError.
    if raised is sent:
        return True
    return (isinstance(raised, RuntimeError) and raised.__cause__ is sent
            and isinstance(sent, (StopIteration, StopAsyncIteration)))


class _GeneratorContextManager(_GenCMShared, ContextDecorator):
    def __enter__(self):
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, exc_type, exc, tb):
        gen = self.gen
        if exc_type is None:
            # Normal exit: the generator must finish without yielding again.
            try:
                next(gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        if exc is None:
            exc = exc_type()
        try:
            gen.throw(exc_type, exc, tb)
        except StopIteration as done:
            # The generator caught the exception and returned: swallow it.
            return done is not exc
        except BaseException as raised:
            if not _is_echo(raised, exc):
                raise
            # Let the with statement re-raise the original, with its original
            # traceback rather than one running through the generator.
            exc.__traceback__ = tb
            return False
        raise RuntimeError("generator didn't stop after throw()")


class _AsyncGeneratorContextManager(_GenCMShared):
    async def __aenter__(self):
        try:
            return await anext(self.gen)
        except StopAsyncIteration:
            raise RuntimeError("generator didn't yield") from None

    async def __aexit__(self, exc_type, exc, tb):
        gen = self.gen
        if exc_type is None:
            try:
                await anext(gen)
            except StopAsyncIteration:
                return False
            raise RuntimeError("generator didn't stop")
        if exc is None:
            exc = exc_type()
        try:
            await gen.athrow(exc_type, exc, tb)
        except StopAsyncIteration as done:
            return done is not exc
        except BaseException as raised:
            if not _is_echo(raised, exc):
                raise
            exc.__traceback__ = tb
            return False
        raise RuntimeError("generator didn't stop after athrow()")


def contextmanager(func):
    @wraps(func)
    def make_cm(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)
    return make_cm


def asynccontextmanager(func):
    @wraps(func)
    def make_cm(*args, **kwds):
        return _AsyncGeneratorContextManager(func, args, kwds)
    return make_cm


class closing(AbstractContextManager):
    # with closing(obj) as obj: ... calls obj.close() on the way out.
    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc):
        self.thing.close()


class _RedirectStream(AbstractContextManager):
    _which = None     # name of the sys attribute to swap

    def __init__(self, new_target):
        self._target = new_target
        # A stack, so one instance can be entered again while active.
        self._saved = []

    def __enter__(self):
        name = self._which
        self._saved.append(getattr(sys, name))
        setattr(sys, name, self._target)
        return self._target

    def __exit__(self, *exc):
        setattr(sys, self._which, self._saved.pop())


class redirect_stdout(_RedirectStream):
    _which = 'stdout'


class redirect_stderr(_RedirectStream):
    _which = 'stderr'


class suppress(AbstractContextManager):
    def __init__(self, *exceptions):
        self._types = exceptions

    def __enter__(self):
        return None

    def __exit__(self, exc_type, exc, tb):
        # Returning True tells the with statement to swallow the exception.
        return exc_type is not None and issubclass(exc_type, self._types)


class nullcontext(AbstractContextManager):
    # A stand-in manager that does nothing (usable with `async with` too).
    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *exc):
        return None

    async def __aenter__(self):
        return self.enter_result

    async def __aexit__(self, *exc):
        return None


def _relink_context(exc, prev, outer):
    # `exc` was raised by one exit callback while `prev` (raised or passed in
    # earlier) was pending.  Python chained it to `outer`, the exception the
    # caller was already handling; make the chain lead to `prev` instead.
    node = exc
    while True:
        ctx = node.__context__
        if ctx is None or ctx is prev:
            return
        if ctx is outer:
            node.__context__ = prev
            return
        node = ctx


class ExitStack(AbstractContextManager):
    # Callbacks run last-in first-out; each takes (type, value, traceback)
    # and may return true to swallow the exception in flight.

    def __init__(self):
        self._pending = []

    def pop_all(self):
        # Move every callback to a new stack, so this one exits as a no-op.
        moved = type(self)()
        moved._pending = self._pending
        self._pending = []
        return moved

    def push(self, exit):
        # Accepts either a context manager (its __exit__ is used) or a
        # callable with __exit__'s signature.
        method = getattr(type(exit), '__exit__', None)
        if method is None:
            self._pending.append(exit)
        else:
            self._pending.append(lambda t, v, tb: method(exit, t, v, tb))
        return exit

    def enter_context(self, cm):
        kind = type(cm)
        try:
            enter = kind.__enter__
            leave = kind.__exit__
        except AttributeError:
            raise TypeError(f"'{kind.__module__}.{kind.__qualname__}' object does "
                            f"not support the context manager protocol")
        result = enter(cm)
        self._pending.append(lambda t, v, tb: leave(cm, t, v, tb))
        return result

    def callback(self, callback, /, *args, **kwds):
        def on_exit(t, v, tb):
            callback(*args, **kwds)
        on_exit.__wrapped__ = callback
        self._pending.append(on_exit)
        return callback

    def close(self):
        self.__exit__(None, None, None)

    def __enter__(self):
        return self

    def __exit__(self, *details):
        came_with_exc = details[0] is not None
        outer = sys.exc_info()[1]
        current = details
        swallowed = False
        failed = False
        pending = self._pending
        while pending:
            cb = pending.pop()
            try:
                if cb(*current):
                    swallowed = True
                    failed = False
                    current = (None, None, None)
            except BaseException as err:
                _relink_context(err, current[1], outer)
                failed = True
                current = (type(err), err, err.__traceback__)
        if failed:
            # Raising here would re-chain the exception to `outer`; keep the
            # chain built above.
            exc = current[1]
            ctx = exc.__context__
            try:
                raise exc
            except BaseException:
                exc.__context__ = ctx
                raise
        return came_with_exc and swallowed
