# asyncio.timeouts — timeout() and timeout_at(), deadlines for a block.
#
# At the deadline the task running the block is cancelled.  When that
# CancelledError reaches the end of the block, and no other cancellation of
# the task is pending (Task.uncancel() tells), it becomes a TimeoutError.
#
# The methods that raise are compiled by _frames.place() so that their
# frames carry CPython's line numbers (the `#@N` marks).

from . import _frames
from .events import get_running_loop
from .exceptions import CancelledError
from .tasks import current_task

__all__ = ('Timeout', 'timeout', 'timeout_at')

# The life of a Timeout, as its repr shows it.
_CREATED = 'created'
_ACTIVE = 'active'
_EXPIRING = 'expiring'      # the task was cancelled, the block not left yet
_EXPIRED = 'expired'
_FINISHED = 'finished'


class Timeout:
    """Async context manager cancelling its block at loop time `when`
    (None: never).  Made by timeout() and timeout_at()."""

    def __init__(self, when):
        self._phase = _CREATED
        self._deadline = when
        self._victim = None     # the task running the block
        self._alarm = None      # the scheduled _on_timeout call

    def __repr__(self):
        if self._phase != _ACTIVE:
            return f'<Timeout [{self._phase}]>'
        deadline = self._deadline
        if deadline is not None:
            deadline = round(deadline, 3)
        return f'<Timeout [{self._phase}] when={deadline}>'

    def when(self):
        """The deadline, in loop.time() terms, or None."""
        return self._deadline

    def expired(self):
        """Whether the deadline passed while the block ran."""
        return self._phase in (_EXPIRING, _EXPIRED)

    def _disarm(self):
        if self._alarm is not None:
            self._alarm.cancel()
            self._alarm = None

    def _on_timeout(self):
        assert self._phase == _ACTIVE
        self._victim.cancel()
        self._phase = _EXPIRING
        self._alarm = None


_frames.place('timeouts.py', '''
def reschedule(self, when):
    """Move the deadline (None removes it); only inside the block."""
    assert self._phase != _CREATED                                  #@40
    if self._phase != _ACTIVE:
        raise RuntimeError(f'Cannot change state of {self._phase} Timeout')  #@42
    self._deadline = when
    self._disarm()
    if when is not None:
        loop = get_running_loop()
        # A deadline already past fires on the next iteration.
        if when <= loop.time():                                     #@55
            self._alarm = loop.call_soon(self._on_timeout)
        else:
            self._alarm = loop.call_at(when, self._on_timeout)

async def __aenter__(self):
    self._phase = _ACTIVE
    self._victim = current_task()
    if self._victim is None:
        raise RuntimeError('Timeout should be used inside a task')  #@76
    self.reschedule(self._deadline)
    return self

async def __aexit__(self, exc_type, exc_val, exc_tb):
    assert self._phase in (_ACTIVE, _EXPIRING)
    self._disarm()
    if self._phase == _ACTIVE:
        self._phase = _FINISHED
        return None
    self._phase = _EXPIRED
    # uncancel() first, always: it withdraws the cancellation we made.
    if self._victim.uncancel() == 0 and exc_type is CancelledError:
        raise TimeoutError                                          #@98
    return None
''', globals(), into=Timeout)

_frames.place('timeouts.py', '''
def timeout(delay):
    """A Timeout expiring delay seconds from now (None: never)."""
    loop = get_running_loop()                                       #@128
    return Timeout(None if delay is None else loop.time() + delay)
''', globals())


def timeout_at(when):
    """A Timeout expiring at loop time `when` (None: never)."""
    return Timeout(when)
