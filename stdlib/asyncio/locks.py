# asyncio.locks — synchronisation between coroutines of one event loop:
# Lock, Event, Condition, Semaphore, BoundedSemaphore and Barrier.
#
# A coroutine that has to block parks on a fresh Future appended to the
# primitive's waiter list (arrival order).  Waking it means resolving that
# Future; the coroutine itself resumes only when the loop runs the Future's
# callback, one iteration later.  Whatever the waker does in between (such
# as releasing and re-acquiring) therefore happens first, which is why each
# primitive decides who "owns" a wakeup at the moment it is given.
#
# The methods that raise or block are compiled by _frames.place() so that
# their frames carry CPython's line numbers (the `#@N` marks); Event's
# flag and waiter list keep CPython's attribute names because the native
# Event.set/clear/is_set (vm/aqueue.c) work on them.

import _asyncio

from . import _frames
from .exceptions import BrokenBarrierError, CancelledError
from .mixins import _LoopBoundMixin

__all__ = (
    'Lock', 'Event', 'Condition',
    'Semaphore', 'BoundedSemaphore', 'Barrier',
)


# Waiter lists: woken waiters remove themselves from the front, which the
# native deque (vm/aqueue.c) does in constant time.
_deque = getattr(_asyncio, 'deque', None)
if _deque is None:
    from collections import deque as _deque


def _describe(obj, state, waiters=None):
    # object.__repr__ with a "[state, waiters:N]" suffix inside the brackets.
    if waiters:
        state = f'{state}, waiters:{len(waiters)}'
    return f'{object.__repr__(obj)[:-1]} [{state}]>'


class _ContextManagerMixin:
    # `async with primitive:` -- acquire on entry, release on exit; the
    # `as` target gets None.

    async def __aenter__(self):
        await self.acquire()

    async def __aexit__(self, *exc_info):
        self.release()


class Lock(_ContextManagerMixin, _LoopBoundMixin):
    """A mutex for coroutines.  Nobody owns it, so any coroutine may
    release it; waiters get it strictly in the order they asked."""

    def __init__(self):
        self._locked = False
        self._waiters = _deque()

    def __repr__(self):
        state = 'locked' if self._locked else 'unlocked'
        return _describe(self, state, self._waiters)

    def locked(self):
        """Whether some coroutine holds the lock."""
        return self._locked

    def _someone_queued(self):
        # A waiter that was woken but has not run yet still counts (it is
        # not cancelled), so a newcomer cannot overtake it.
        return any(not ticket.cancelled() for ticket in self._waiters)

    def _hand_over(self):
        # Only the head is considered.  If it is already done it is about
        # to run: it will either take the lock or, if it was cancelled,
        # call this again for the waiter behind it.
        if self._waiters and not self._waiters[0].done():
            self._waiters[0].set_result(True)


_frames.place('locks.py', '''
async def acquire(self):
    """Wait for the lock, take it and return True."""
    if self._locked or self._someone_queued():
        ticket = self._get_loop().create_future()                   #@106
        self._waiters.append(ticket)
        try:
            await ticket                                            #@114
        except CancelledError:
            self._waiters.remove(ticket)
            # release() may have picked us just before the cancellation
            # arrived; with the lock still free, pass that turn on.
            if not self._locked:
                self._hand_over()
            raise
        except BaseException:
            self._waiters.remove(ticket)
            raise
        self._waiters.remove(ticket)
    self._locked = True
    return True

def release(self):
    """Free the lock and let the longest waiter have it next."""
    if not self._locked:
        raise RuntimeError('Lock is not acquired.')                 #@140
    self._locked = False
    self._hand_over()
''', globals(), into=Lock)


class Event(_LoopBoundMixin):
    """A flag coroutines can wait on; set() wakes all of them."""

    def __init__(self):
        self._value = False
        self._waiters = _deque()

    def __repr__(self):
        return _describe(self, 'set' if self._value else 'unset',
                         self._waiters)

    def is_set(self):
        return self._value

    def set(self):
        """Raise the flag, waking every waiter (in the order they came)."""
        if not self._value:
            self._value = True
            for ticket in self._waiters:
                if not ticket.done():
                    ticket.set_result(True)

    def clear(self):
        """Lower the flag; later wait() calls block again."""
        self._value = False


_frames.place('locks.py', '''
async def wait(self):
    """Return True once the flag is (or has been) set."""
    if not self._value:
        ticket = self._get_loop().create_future()                   #@210
        self._waiters.append(ticket)
        try:
            await ticket                                            #@213
        finally:
            self._waiters.remove(ticket)
    return True
''', globals(), into=Event)


class Condition(_ContextManagerMixin, _LoopBoundMixin):
    """A condition variable over a Lock (a new one unless given)."""

    def __init__(self, lock=None):
        self._lock = Lock() if lock is None else lock
        # The very bound methods of the lock, so that cond.acquire and
        # lock.acquire are interchangeable.
        for name in ('locked', 'acquire', 'release'):
            setattr(self, name, getattr(self._lock, name))
        self._waiters = _deque()

    def __repr__(self):
        state = 'locked' if self._lock.locked() else 'unlocked'
        return _describe(self, state, self._waiters)

    def notify_all(self):
        """Wake every waiter; the lock must be held."""
        self.notify(len(self._waiters))


_frames.place('locks.py', '''
async def wait(self):
    """Release the lock, sleep until notified, re-acquire it, and
    return True.  The lock is held again on the way out, even when the
    wait is interrupted."""
    lock = self._lock
    if not lock.locked():
        raise RuntimeError('cannot wait on un-acquired lock')       #@260
    lock.release()
    try:
        ticket = self._get_loop().create_future()                   #@264
        self._waiters.append(ticket)
        try:
            await ticket                                            #@267
        finally:
            self._waiters.remove(ticket)
    finally:
        # Keep trying through cancellations; report one afterwards.
        interrupted = False
        while True:
            try:
                await lock.acquire()
            except CancelledError:
                interrupted = True
            else:
                break
        if interrupted:
            raise CancelledError                                    #@283
    return True

async def wait_for(self, predicate):
    """Wait until predicate() is true and return its value."""
    verdict = predicate()
    while not verdict:
        await self.wait()                                           #@294
        verdict = predicate()
    return verdict

def notify(self, n=1):
    """Wake up to n waiters (the earliest first); the lock must be held."""
    if not self._lock.locked():
        raise RuntimeError('cannot notify on un-acquired lock')     #@311
    pending = (t for t in self._waiters if not t.done())
    for woken, ticket in enumerate(pending):
        if woken >= n:
            break
        ticket.set_result(False)
''', globals(), into=Condition)


class Semaphore(_ContextManagerMixin, _LoopBoundMixin):
    """A counter of free slots; acquire() takes one, waiting if none is."""

    def __repr__(self):
        state = 'locked'
        if not self.locked():
            state = f'unlocked, value:{self._value}'
        return _describe(self, state, self._waiters)

    def locked(self):
        """Whether acquire() would have to wait."""
        return self._value == 0 or any(not t.cancelled() for t in self._waiters)

    def release(self):
        """Return a slot, handing it to the earliest waiter if any."""
        self._value += 1
        self._grant_next()

    def _grant_next(self):
        # The slot is deducted here, at wake-up time, so that a coroutine
        # calling acquire() before the wakee runs cannot take it.
        for ticket in self._waiters:
            if not ticket.done():
                ticket.set_result(True)
                self._value -= 1
                break


_frames.place('locks.py', '''
def __init__(self, value=1):
    if value < 0:
        raise ValueError('Semaphore initial value must be >= 0')    #@348
    self._value = value
    self._waiters = _deque()

async def acquire(self):
    """Take a slot, waiting for one if needed; return True."""
    if not self.locked():
        self._value -= 1
        return True
    ticket = self._get_loop().create_future()                       #@379
    self._waiters.append(ticket)
    try:
        await ticket                                                #@387
    except BaseException as exc:
        self._waiters.remove(ticket)
        # A resolved (not cancelled) ticket carried a slot that was
        # deducted when it was handed out: give it back, pass it on.
        if isinstance(exc, CancelledError) and not ticket.cancelled():
            self._value += 1
            self._grant_next()
        raise
    self._waiters.remove(ticket)
    # Several releases may have come in before we got to run.
    if 0 < self._value:
        self._grant_next()
    return True
''', globals(), into=Semaphore)

_frames.place('locks.py', '''
class BoundedSemaphore(Semaphore):
    """A Semaphore that refuses to be released above its initial value."""

    def __init__(self, value=1):
        self._bound_value = value
        super().__init__(value)

    def release(self):
        if self._value < self._bound_value:
            return super().release()
        raise ValueError('BoundedSemaphore released too many times')  #@434
''', globals())


# Barrier phases (what its repr shows).
_FILLING = 'filling'        # collecting parties
_DRAINING = 'draining'      # tripped: the parties of this round are leaving
_RESETTING = 'resetting'    # reset() while parties were waiting
_BROKEN = 'broken'          # abort()ed


class Barrier(_LoopBoundMixin):
    """Blocks tasks in wait() until `parties` of them have arrived, then
    lets that whole group through; reusable round after round."""

    def __repr__(self):
        state = self._state
        if state != _BROKEN:
            state += f', waiters:{self.n_waiting}/{self.parties}'
        return _describe(self, state)

    async def __aenter__(self):
        return await self.wait()

    async def __aexit__(self, *exc_info):
        return None

    async def reset(self):
        """Back to an empty round; current waiters get BrokenBarrierError."""
        async with self._condition:
            self._state = _RESETTING if self._inside else _FILLING
            self._condition.notify_all()

    async def abort(self):
        """Break the barrier for good: waiters present and future fail."""
        async with self._condition:
            self._state = _BROKEN
            self._condition.notify_all()

    @property
    def parties(self):
        return self._size

    @property
    def n_waiting(self):
        """Tasks waiting in the round being filled."""
        return self._inside if self._state == _FILLING else 0

    @property
    def broken(self):
        return self._state == _BROKEN


_frames.place('locks.py', '''
def __init__(self, parties):
    if parties < 1:
        raise ValueError('parties must be > 0')                     #@458
    self._size = parties
    self._condition = Condition()
    self._state = _FILLING
    self._inside = 0        # tasks currently in wait()

async def wait(self):
    """Wait for the round to fill up; return this task's arrival index
    (0 .. parties-1).  BrokenBarrierError if aborted or reset."""
    async with self._condition:
        await self._block()                                         #@489
        arrival = self._inside
        self._inside = arrival + 1
        try:
            if self._inside == self._size:
                self._state = _DRAINING     # the last party trips it
                self._condition.notify_all()
            else:
                await self._wait()                                  #@497
            return arrival
        finally:
            self._inside -= 1
            if not self._inside:
                # Last one out reopens the barrier for the next round.
                if self._state in (_DRAINING, _RESETTING):
                    self._state = _FILLING
                self._condition.notify_all()

async def _block(self):
    # Late arrivals sit out the previous round's exit or a reset.
    await self._condition.wait_for(
        lambda: self._state not in (_DRAINING, _RESETTING))
    if self._state == _BROKEN:
        raise BrokenBarrierError('Barrier aborted')                 #@518

async def _wait(self):
    # Parked until the round is complete (or reset, or aborted).
    await self._condition.wait_for(lambda: self._state != _FILLING)  #@534
    if self._state in (_BROKEN, _RESETTING):
        raise BrokenBarrierError('Abort or reset of barrier')       #@537
''', globals(), into=Barrier)
