# contextlib — helpers for `with` statements: the @contextmanager and
# @asynccontextmanager decorators, ContextDecorator, closing, aclosing,
# suppress, nullcontext, redirect_stdout/redirect_stderr, chdir, ExitStack
# and AsyncExitStack.

import os
import sys
from abc import ABC, abstractmethod
from collections.abc import _defines
from functools import wraps

__all__ = ["asynccontextmanager", "contextmanager", "closing", "nullcontext",
           "AbstractContextManager", "AbstractAsyncContextManager",
           "AsyncExitStack", "ContextDecorator", "ExitStack",
           "redirect_stdout", "redirect_stderr", "suppress", "aclosing",
           "chdir"]


class AbstractContextManager(ABC):
    # Base class: entering gives back the manager itself, and exiting lets
    # any exception propagate.  Any class with __enter__ and __exit__ counts
    # as a subclass.
    __class_getitem__ = classmethod(type(list[int]))

    def __enter__(self):
        return self

    @abstractmethod
    def __exit__(self, exc_type, exc_value, traceback):
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AbstractContextManager:
            return _defines(C, "__enter__", "__exit__")
        return NotImplemented


class AbstractAsyncContextManager(ABC):
    # The asynchronous counterpart: `async with` gives back the manager.
    __class_getitem__ = classmethod(type(list[int]))

    async def __aenter__(self):
        return self

    @abstractmethod
    async def __aexit__(self, exc_type, exc_value, traceback):
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AbstractAsyncContextManager:
            return _defines(C, "__aenter__", "__aexit__")
        return NotImplemented


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


class _BaseExitStack:
    # Callbacks run last-in first-out; each takes (type, value, traceback)
    # and may return true to swallow the exception in flight.  `_pending`
    # holds (is_async, callback) pairs.

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
            self._pending.append((False, exit))
        else:
            self._pending.append((False, lambda t, v, tb: method(exit, t, v, tb)))
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
        self._pending.append((False, lambda t, v, tb: leave(cm, t, v, tb)))
        return result

    def callback(self, callback, /, *args, **kwds):
        def on_exit(t, v, tb):
            callback(*args, **kwds)
        on_exit.__wrapped__ = callback
        self._pending.append((False, on_exit))
        return callback

    @staticmethod
    def _raise_kept(exc):
        # Raising here would re-chain the exception to the one being
        # handled; keep the chain the unwinding built.
        ctx = exc.__context__
        try:
            raise exc
        except BaseException:
            exc.__context__ = ctx
            raise


class ExitStack(_BaseExitStack, AbstractContextManager):

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
            is_async, cb = pending.pop()
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
            self._raise_kept(current[1])
        return came_with_exc and swallowed


class AsyncExitStack(_BaseExitStack, AbstractAsyncContextManager):
    # ExitStack for `async with`: also takes asynchronous context managers
    # and coroutine callbacks, awaited in last-in first-out order with the
    # synchronous ones.

    def push_async_exit(self, exit):
        method = getattr(type(exit), '__aexit__', None)
        if method is None:
            self._pending.append((True, exit))
        else:
            self._pending.append((True, lambda t, v, tb: method(exit, t, v, tb)))
        return exit

    async def enter_async_context(self, cm):
        kind = type(cm)
        try:
            enter = kind.__aenter__
            leave = kind.__aexit__
        except AttributeError:
            raise TypeError(f"'{kind.__module__}.{kind.__qualname__}' object does "
                            f"not support the asynchronous context manager protocol")
        result = await enter(cm)
        self._pending.append((True, lambda t, v, tb: leave(cm, t, v, tb)))
        return result

    def push_async_callback(self, callback, /, *args, **kwds):
        async def on_exit(t, v, tb):
            await callback(*args, **kwds)
        on_exit.__wrapped__ = callback
        self._pending.append((True, on_exit))
        return callback

    async def aclose(self):
        await self.__aexit__(None, None, None)

    async def __aenter__(self):
        return self

    async def __aexit__(self, *details):
        came_with_exc = details[0] is not None
        outer = sys.exc_info()[1]
        current = details
        swallowed = False
        failed = False
        pending = self._pending
        while pending:
            is_async, cb = pending.pop()
            try:
                result = cb(*current)
                if is_async:
                    result = await result
                if result:
                    swallowed = True
                    failed = False
                    current = (None, None, None)
            except BaseException as err:
                _relink_context(err, current[1], outer)
                failed = True
                current = (type(err), err, err.__traceback__)
        if failed:
            self._raise_kept(current[1])
        return came_with_exc and swallowed


class aclosing(AbstractAsyncContextManager):
    """`async with aclosing(agen) as g:` awaits g.aclose() on the way out."""

    def __init__(self, thing):
        self.thing = thing

    async def __aenter__(self):
        return self.thing

    async def __aexit__(self, *exc_info):
        await self.thing.aclose()


class chdir(AbstractContextManager):
    """Changes the working directory for the `with` block."""

    def __init__(self, path):
        self.path = path
        self._old_cwd = []

    def __enter__(self):
        self._old_cwd.append(os.getcwd())
        os.chdir(self.path)

    def __exit__(self, *excinfo):
        os.chdir(self._old_cwd.pop())
