# asyncio.futures — the Future class lives in C (_asyncio.Future); this
# module adds the helpers the rest of asyncio uses around it.  wrap_future()
# is compiled by _frames.place() so that its frame carries CPython's line.

from _asyncio import Future

from . import _frames

__all__ = ('Future', 'wrap_future', 'isfuture')

# The values of Future._state.
_PENDING, _CANCELLED, _FINISHED = 'PENDING', 'CANCELLED', 'FINISHED'


def isfuture(obj):
    """Whether obj takes part in the Future protocol.

    Duck-typed, as asyncio always has been: the class must declare
    _asyncio_future_blocking and the instance must not have it set to None.
    """
    return (hasattr(obj.__class__, '_asyncio_future_blocking')
            and obj._asyncio_future_blocking is not None)


def _get_loop(fut):
    # Third-party futures may predate get_loop() and only carry _loop.
    # Asked of the class, then called in place: no bound method is made
    # (gather asks this of every argument).
    if hasattr(type(fut), 'get_loop'):
        return fut.get_loop()
    return fut._loop


def _set_result_unless_cancelled(fut, result):
    # Timer callbacks can fire after the future was cancelled; then the
    # result has nowhere to go.
    if fut.cancelled():
        return
    fut.set_result(result)


_frames.place('futures.py', '''
def wrap_future(future, *, loop=None):
    """future itself when it is an asyncio future already.

    Coil has no concurrent.futures, so anything else is rejected the way
    CPython rejects an object that is not a concurrent future.
    """
    if isfuture(future):
        return future
    raise AssertionError(f'concurrent.futures.Future is expected, got {future!r}')  #@413
''', globals())
