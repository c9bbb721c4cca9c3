# asyncio.coroutines — telling coroutines and coroutine functions apart.
# The code-flag test itself is native (_asyncio); here we only peel off
# the wrappers (bound methods, functools.partial) that can hide it.

import _asyncio

__all__ = ('iscoroutinefunction', 'iscoroutine')

# Libraries attach this as func._is_coroutine to make a plain function
# pass for a coroutine function.
_is_coroutine = object()


class _Probe:
    def method(self):
        return None


_MethodType = type(_Probe().method)
del _Probe


def _innermost(func):
    while True:
        if isinstance(func, _MethodType):
            func = func.__func__
        elif type(func).__name__ == 'partial' and hasattr(func, 'func'):
            func = func.func
        else:
            return func


def iscoroutinefunction(func):
    """Whether func is an `async def` function (possibly behind a method
    or a partial), or carries the _is_coroutine marker."""
    return (_asyncio._is_coroutine_function(_innermost(func))
            or getattr(func, '_is_coroutine', None) is _is_coroutine)


def iscoroutine(obj):
    """Whether obj is a coroutine object."""
    return _asyncio._iscoroutine(obj)
