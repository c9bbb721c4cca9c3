# asyncio.queues — FIFO, priority and LIFO queues for producer/consumer
# coroutines.
#
# Blocked get() and put() calls wait on futures kept in arrival order.
# Each item added wakes at most one getter and each item removed wakes at
# most one putter.  The woken coroutine checks the queue again when it
# finally runs, since another coroutine may have got there first; if it
# leaves without using its wakeup, it passes the wakeup on.
#
# The attribute names (_queue, _maxsize, _getters, _putters,
# _unfinished_tasks, _finished) are CPython's: subclasses rely on _queue,
# and the native versions of the synchronous methods (vm/aqueue.c) use
# them all.  Methods that raise or block carry CPython's line numbers
# (see _frames).

import heapq
import _asyncio

from . import _frames
from .locks import Event, _deque
from .mixins import _LoopBoundMixin

__all__ = (
    'Queue', 'PriorityQueue', 'LifoQueue',
    'QueueFull', 'QueueEmpty',
)

# Queue[int] should give a types.GenericAlias; Coil cannot yet make one for
# a Python class, and then the subscription just returns the class.
_GenericAlias = type(list[int])
try:
    _GenericAlias(list, int)
except TypeError:
    _GenericAlias = None


class QueueEmpty(Exception):
    """get_nowait() found nothing to return."""


class QueueFull(Exception):
    """put_nowait() found no free slot."""


class Queue(_LoopBoundMixin):
    """First in, first out.  With maxsize > 0, put() waits while that many
    items are queued; task_done() and join() follow the processing of the
    items handed out."""

    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._getters = _deque()
        self._putters = _deque()
        self._unfinished_tasks = 0
        self._finished = Event()
        self._finished.set()
        self._init(maxsize)

    if _GenericAlias is None:
        def __class_getitem__(cls, item):
            return cls
    else:
        __class_getitem__ = classmethod(_GenericAlias)

    # Storage: these three are what subclasses (also users') replace.

    def _init(self, maxsize):
        self._queue = _deque()

    def _put(self, item):
        self._queue.append(item)

    def _get(self):
        return self._queue.popleft()

    # Descriptions.

    def _format(self):
        text = f'maxsize={self._maxsize!r}'
        if getattr(self, '_queue', None):
            text += f' _queue={list(self._queue)!r}'
        for label, waiters in (('_getters', self._getters),
                               ('_putters', self._putters)):
            if waiters:
                text += f' {label}[{len(waiters)}]'
        if self._unfinished_tasks:
            text += f' tasks={self._unfinished_tasks}'
        return text

    def _show(self, where):
        return f'<{type(self).__name__}{where} {self._format()}>'

    def __repr__(self):
        return self._show(f' at {id(self):#x}')

    def __str__(self):
        return self._show('')

    # Size.

    @property
    def maxsize(self):
        """The bound given at creation (<= 0: none)."""
        return self._maxsize

    def qsize(self):
        """How many items are queued."""
        return len(self._queue)

    def empty(self):
        return not self._queue


    # Waiting.

    def _wakeup_next(self, waiters):
        # Discard waiters cancelled meanwhile and wake the first live one.
        while waiters:
            head = waiters.popleft()
            if not head.done():
                head.set_result(None)
                break

    def _forfeit_turn(self, turn, waiters, blocked):
        # A blocked put()/get() is leaving because of an exception.
        turn.cancel()           # no effect if it had been woken already
        if turn in waiters:
            waiters.remove(turn)
        # Woken, but leaving anyway: the item (or slot) the wakeup was for
        # is still there, so let the next in line have it.
        if not (blocked() or turn.cancelled()):
            self._wakeup_next(waiters)


_frames.place('queues.py', '''
def full(self):
    """Whether put() would wait; never for an unbounded queue."""
    if self._maxsize <= 0:                                          #@105
        return False
    return self.qsize() >= self._maxsize

async def put(self, item):
    """Add item, first waiting for a free slot if the queue is full."""
    while self.full():                                              #@116
        turn = self._get_loop().create_future()                     #@117
        self._putters.append(turn)
        try:
            await turn                                              #@120
        except BaseException:
            self._forfeit_turn(turn, self._putters, self.full)
            raise
    return self.put_nowait(item)

def put_nowait(self, item):
    """Add item at once, or raise QueueFull."""
    if self.full():                                                 #@142
        raise QueueFull                                             #@143
    self._put(item)
    self._unfinished_tasks += 1
    self._finished.clear()
    self._wakeup_next(self._getters)

async def get(self):
    """Remove and return an item, waiting for one if needed."""
    while self.empty():
        turn = self._get_loop().create_future()                     #@155
        self._getters.append(turn)
        try:
            await turn                                              #@158
        except BaseException:
            self._forfeit_turn(turn, self._getters, self.empty)
            raise
    return self.get_nowait()

def get_nowait(self):
    """Remove and return an item at once, or raise QueueEmpty."""
    if self.empty():
        raise QueueEmpty                                            #@181
    got = self._get()
    self._wakeup_next(self._putters)
    return got

def task_done(self):
    """Mark one item handed out by get() as fully processed."""
    if not self._unfinished_tasks > 0:
        raise ValueError('task_done() called too many times')      #@201
    self._unfinished_tasks -= 1
    if not self._unfinished_tasks:
        self._finished.set()

async def join(self):
    """Wait until every item put so far has been marked done."""
    if 0 < self._unfinished_tasks:
        await self._finished.wait()                                 #@215
''', globals(), into=Queue)


class PriorityQueue(Queue):
    """Hands out the smallest item first (a heap; items must be ordered)."""

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        heapq.heappush(self._queue, item)

    def _get(self):
        return heapq.heappop(self._queue)


class LifoQueue(Queue):
    """Hands out the most recently added item first."""

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        self._queue.append(item)

    def _get(self):
        return self._queue.pop()


# Native versions of the synchronous methods of Queue and Event, where the
# VM provides them (vm/aqueue.c); same behaviour, less interpretation.
# Event.wait becomes a native coroutine with the same steps (no frame or
# coroutine of its own while it waits); this stand-in, which never runs,
# gives exceptions leaving it the frame of CPython's wait().
_frames.place('locks.py', '''
def wait():                                                         #@212
    return None                                                     #@213
''', globals())
_install = getattr(_asyncio, '_install_fast_paths', None)
if _install is not None:
    _install(Queue, Event, wait)
del _install, wait
