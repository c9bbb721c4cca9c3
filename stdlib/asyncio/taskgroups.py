# asyncio.taskgroups — TaskGroup, structured concurrency for tasks.
#
# Leaving the `async with` block waits for every task of the group.  The
# first task to fail cancels its siblings and also the task running the
# block (the parent), so the block stops at whatever it awaits; the group
# withdraws that cancellation of the parent on exit and raises all the
# failures together in a BaseExceptionGroup.
#
# The methods that raise are compiled by _frames.place() so that their
# frames carry CPython's line numbers (the `#@N` marks).

from . import _frames
from .events import get_running_loop
from .exceptions import CancelledError
from .tasks import current_task

__all__ = ['TaskGroup']


def _is_fatal(exc):
    # Errors that must propagate as themselves, not inside a group.
    return isinstance(exc, (SystemExit, KeyboardInterrupt))


class TaskGroup:
    """An async context manager owning the tasks its create_task() makes."""

    def __init__(self):
        self._started = False       # __aenter__ ran
        self._closing = False       # __aexit__ ran
        self._cancelling = False    # siblings were told to stop
        self._loop = None
        self._parent = None
        self._parent_cancelled_by_us = False
        # Children, in creation order (a dict used as an ordered set): an
        # abort cancels them in that order.
        self._tasks = {}
        self._failures = []
        self._fatal = None          # SystemExit/KeyboardInterrupt seen
        self._drained = None        # future set once _tasks empties

    def __repr__(self):
        words = ['<TaskGroup']
        if self._tasks:
            words.append(f'tasks={len(self._tasks)}')
        if self._failures:
            words.append(f'errors={len(self._failures)}')
        if self._cancelling:
            words.append('cancelling')
        elif self._started:
            words.append('entered')
        return ' '.join(words) + '>'

    def _cancel_all(self):
        self._cancelling = True
        for child in self._tasks:
            if not child.done():
                child.cancel()

    def _on_task_done(self, task):
        self._tasks.pop(task, None)
        drained = self._drained
        if drained is not None and not self._tasks and not drained.done():
            drained.set_result(True)

        if task.cancelled() or task.exception() is None:
            return
        failure = task.exception()
        self._failures.append(failure)
        if self._fatal is None and _is_fatal(failure):
            self._fatal = failure

        if self._parent.done():
            # There is no one left to raise it to; report it instead.
            self._loop.call_exception_handler({
                'message': f'Task {task!r} has errored out but its parent '
                           f'task {self._parent} is already completed',
                'exception': failure,
                'task': task,
            })
        elif not (self._cancelling or self._parent_cancelled_by_us):
            # First failure: stop the siblings, and interrupt the parent
            # at whatever it awaits in the block (withdrawn on exit).
            self._cancel_all()
            self._parent_cancelled_by_us = True
            self._parent.cancel()


_frames.place('taskgroups.py', '''
async def __aenter__(self):
    if self._started:
        raise RuntimeError(f'TaskGroup {self!r} has been already entered')  #@42
    self._started = True
    if self._loop is None:
        self._loop = get_running_loop()                             #@47
    self._parent = current_task(self._loop)
    if self._parent is None:
        raise RuntimeError(f'TaskGroup {self!r} cannot determine the parent task')  #@51
    return self

async def __aexit__(self, et, exc, tb):
    self._closing = True
    if exc is not None and _is_fatal(exc) and self._fatal is None:
        self._fatal = exc

    # The CancelledError to let out at the end, if any.
    outgoing = exc if et is CancelledError else None
    # A cancellation of the parent that was our own doing is withdrawn;
    # if no one else asked for one too, it must not escape.
    if self._parent_cancelled_by_us and self._parent.uncancel() == 0:
        outgoing = None

    # An error or cancellation in the block itself stops the group.
    if et is not None and not self._cancelling:
        self._cancel_all()

    # Waiting can be interrupted repeatedly (the parent may be
    # cancelled again and again), so wait afresh each time.
    while self._tasks:
        if self._drained is None:
            self._drained = self._loop.create_future()
        try:
            await self._drained
        except CancelledError as interruption:
            if not self._cancelling:
                # Cancelled from outside while tasks still run: stop
                # them, and pass the cancellation on afterwards.
                outgoing = interruption
                self._cancel_all()
        self._drained = None

    if self._fatal is not None:
        raise self._fatal                                           #@117
    # Failures of the tasks take precedence over a cancellation.
    if outgoing is not None and not self._failures:
        raise outgoing                                              #@122
    if et is not None and et is not CancelledError:
        self._failures.append(exc)
    if self._failures:
        # Drop our reference before raising: exceptions and their
        # tracebacks easily form cycles through this object.
        failures, self._failures = self._failures, None
        raise BaseExceptionGroup('unhandled errors in a TaskGroup', failures) from None  #@133

def create_task(self, coro, *, name=None, context=None):
    """Start coro as a task belonging to the group."""
    if not self._started:
        raise RuntimeError(f'TaskGroup {self!r} has not been entered')  #@139
    if self._closing and not self._tasks:
        raise RuntimeError(f'TaskGroup {self!r} is finished')      #@141
    if self._cancelling:
        raise RuntimeError(f'TaskGroup {self!r} is shutting down') #@143
    if context is not None:
        child = self._loop.create_task(coro, context=context)
    else:
        child = self._loop.create_task(coro)
    if name is not None:
        child.set_name(name)
    child.add_done_callback(self._on_task_done)
    self._tasks[child] = None
    return child
''', globals(), into=TaskGroup)
