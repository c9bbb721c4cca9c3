# asyncio.exceptions — the errors asyncio raises.
#
# CancelledError and InvalidStateError are made by the native _asyncio
# module, because the C Future and Task raise them; they already report
# this module as their home.  asyncio.TimeoutError is simply the builtin.

from _asyncio import CancelledError, InvalidStateError

__all__ = ('BrokenBarrierError', 'CancelledError', 'InvalidStateError',
           'TimeoutError', 'IncompleteReadError', 'LimitOverrunError',
           'SendfileNotAvailableError')

TimeoutError = TimeoutError


class SendfileNotAvailableError(RuntimeError):
    """loop.sendfile() cannot use the OS fast path for this transport."""


class IncompleteReadError(EOFError):
    """A stream ended before the number of bytes asked for had arrived."""

    def __init__(self, partial, expected):
        wanted = 'undefined' if expected is None else repr(expected)
        super().__init__(
            f'{len(partial)} bytes read on a total of {wanted} expected bytes')
        self.partial, self.expected = partial, expected

    def __reduce__(self):
        return type(self), (self.partial, self.expected)


class LimitOverrunError(Exception):
    """A separator was searched for past the stream's buffer limit;
    `consumed` bytes would have to be skipped."""

    def __init__(self, message, consumed):
        super().__init__(message)
        self.consumed = consumed

    def __reduce__(self):
        return type(self), (self.args[0], self.consumed)


class BrokenBarrierError(RuntimeError):
    """Raised in tasks at a Barrier that was aborted or reset."""
