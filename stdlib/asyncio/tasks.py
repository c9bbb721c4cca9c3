# asyncio.tasks — the functions built on tasks and futures: create_task,
# ensure_future, sleep, gather, shield, wait, wait_for, as_completed,
# current_task, all_tasks.  Task itself is native (_asyncio.Task).
#
# Ordering matters here as much as results: CPython's task interleavings
# are reproduced exactly, so every completion travels through a done
# callback (which the loop runs via call_soon) and nothing is resumed
# synchronously.  When a callback gets registered relative to a task being
# created decides which of them runs first, so that order is kept.
#
# The functions whose frames show up in tracebacks are compiled by
# _frames.place(), with CPython's line numbers marked `#@N`.

import functools

import _asyncio
from _asyncio import Task

from . import _frames
from .coroutines import iscoroutine
from .events import _get_event_loop, get_running_loop
from .exceptions import CancelledError
from .futures import Future, _get_loop, isfuture
from .queues import Queue

__all__ = ('Task', 'create_task', 'FIRST_COMPLETED', 'FIRST_EXCEPTION',
           'ALL_COMPLETED', 'wait', 'wait_for', 'as_completed', 'sleep',
           'gather', 'shield', 'ensure_future', 'run_coroutine_threadsafe',
           'current_task', 'all_tasks', '_register_task', '_unregister_task',
           '_enter_task', '_leave_task')

# wait()'s return_when choices.
FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED = (
    'FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED')


# --- the current task and the set of tasks -------------------------------

def current_task(loop=None):
    """The task running on loop (default: the running loop), or None."""
    return _asyncio.current_task(get_running_loop() if loop is None else loop)


def all_tasks(loop=None):
    """The set of tasks of loop (default: the running loop) not done yet."""
    return set((get_running_loop() if loop is None else loop)._pending_tasks())


# The native loop keeps its own task list; these hooks have nothing to do.

def _register_task(task):
    return None


def _unregister_task(task):
    return None


def _enter_task(loop, task):
    return None


def _leave_task(loop, task):
    return None


# --- making tasks ---------------------------------------------------------

_frames.place('tasks.py', '''
def create_task(coro, *, name=None, context=None):
    """Wrap coro in a Task scheduled on the running loop."""
    loop = get_running_loop()                                       #@371
    if context is None:
        made = loop.create_task(coro)                               #@374
    else:
        made = loop.create_task(coro, context=context)
    # Named afterwards, as in CPython: the task still used up a "Task-N".
    if name is not None:
        made.set_name(name)
    return made
''', globals())


async def _wrap_awaitable(awaitable):
    return await awaitable


_frames.place('tasks.py', '''
def ensure_future(coro_or_future, *, loop=None):
    """coro_or_future itself if it is a future, else a Task running it."""
    return _ensure_future(coro_or_future, loop=loop)                #@649

def _ensure_future(obj, *, loop=None):
    if isfuture(obj):
        if loop is None or loop is _get_loop(obj):
            return obj
        raise ValueError('The future belongs to a different loop than the one specified as the loop argument')  #@655
    is_coro = iscoroutine(obj)
    if not is_coro:
        if not hasattr(type(obj), '__await__'):
            raise TypeError('An asyncio.Future, a coroutine or an awaitable is required')  #@664
        obj = _wrap_awaitable(obj)
    if loop is None:
        loop = _get_event_loop(stacklevel=4)                        #@668
    try:
        return loop.create_task(obj)
    except RuntimeError:
        # The loop refused it (closed, say).  The caller's coroutine will
        # never run: close it so it is not reported as never awaited.
        if is_coro:
            obj.close()
        raise
''', globals())


def _task_get_stack(task, limit):
    # The suspended coroutine's frame (and what called it, while it runs),
    # or for a task that failed the frames of its exception's traceback;
    # outermost first, at most `limit` of the innermost.
    coro = task.get_coro()
    frame = None
    for attr in ('cr_frame', 'gi_frame', 'ag_frame'):
        if hasattr(coro, attr):
            frame = getattr(coro, attr)
            break
    frames = []
    if frame is not None:
        while frame is not None and (limit is None or len(frames) < limit):
            frames.append(frame)
            frame = frame.f_back
        frames.reverse()
    elif task._exception is not None:
        # (read without marking it retrieved, as CPython's base_tasks does)
        tb = task._exception.__traceback__
        while tb is not None and (limit is None or len(frames) < limit):
            frames.append(tb.tb_frame)
            tb = tb.tb_next
    return frames


def _task_print_stack(task, limit, file):
    import traceback
    import sys
    entries = [(f.f_code.co_filename, f.f_lineno, f.f_code.co_name, None)
               for f in _task_get_stack(task, limit)]
    exc = task._exception
    # As in CPython's base_tasks: with file=None, print() writes the heading
    # and the exception line to stdout, traceback.print_list() the frames
    # to stderr.
    if not entries:
        print(f'No stack for {task!r}', file=file)
    elif exc is not None:
        print(f'Traceback for {task!r} (most recent call last):', file=file)
    else:
        print(f'Stack for {task!r} (most recent call last):', file=file)
    frames_to = sys.stderr if file is None else file
    for text in traceback.format_list(entries):
        print(text, file=frames_to, end='')
    if exc is not None:
        for text in traceback.format_exception_only(type(exc), exc):
            print(text, file=file, end='')


_asyncio._task_get_stack = _task_get_stack
_asyncio._task_print_stack = _task_print_stack


def _native_ensure_future(obj, loop):
    return _ensure_future(obj, loop=loop)


# run_until_complete() (native) calls this for awaitables that are
# neither coroutines nor futures.
_asyncio._ensure_future = _native_ensure_future


# --- sleep ----------------------------------------------------------------

# sleep(0) awaits the native one-shot awaitable: one bare yield, so the
# task goes to the back of the ready queue for exactly one iteration.  An
# exception thrown in there gets, where the VM supports it, the frame of
# CPython's __sleep0 generator from this stand-in (which never runs).
_frames.place('tasks.py', '''
def __sleep0():                                                     #@623
    return None                                                     #@624
''', globals())
_set_sleep0_frame = getattr(_asyncio, '_set_sleep0_frame', None)
if _set_sleep0_frame is not None:
    _set_sleep0_frame(__sleep0)
del _set_sleep0_frame, __sleep0

_frames.place('tasks.py', '''
async def sleep(delay, result=None):                                #@627
    """Suspend for delay seconds, then return result."""
    if delay <= 0:
        await _asyncio._sleep0                                      #@630
        return result
    loop = get_running_loop()
    alarm = loop.create_future()
    timer = loop.call_later(delay, _asyncio._set_result_unless_cancelled,
                            alarm, result)
    try:
        return await alarm                                          #@639
    finally:
        timer.cancel()
''', globals())


# --- waking a waiter ------------------------------------------------------

# The timer and done-callback target releasing a waiter.  Registered as a
# functools.partial, as CPython does, so a pending callback's repr reads
# `_release_waiter(<Future ...>)() at .../tasks.py:421`; each partial is a
# new object, so remove_done_callback() takes off exactly that one.
_frames.place('tasks.py', '''
def _release_waiter(waiter, *args):                                 #@421
    if not waiter.done():
        waiter.set_result(None)
''', globals())


# --- wait -----------------------------------------------------------------

_frames.place('tasks.py', '''
async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    """Wait for the futures/tasks in fs; return the (done, pending) sets.

    return_when is FIRST_COMPLETED, FIRST_EXCEPTION or ALL_COMPLETED.
    Nothing is cancelled when the timeout expires.
    """
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f'expect a list of futures, not {type(fs).__name__}')  #@406
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')          #@408
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f'Invalid return_when value: {return_when}')  #@410
    loop = get_running_loop()
    members = set(fs)
    if any(iscoroutine(m) for m in members):
        raise TypeError('Passing coroutines is forbidden, use tasks explicitly.')  #@415
    return await _wait(members, timeout, return_when, loop)         #@418
''', globals())


# --- wait_for -------------------------------------------------------------

async def _cancel_and_wait(fut, loop):
    # Cancel fut and return only once it has really finished: it may
    # catch the cancellation and keep running for a while.
    settled = loop.create_future()
    release = functools.partial(_release_waiter, settled)
    fut.add_done_callback(release)
    try:
        fut.cancel()
        await settled
    finally:
        fut.remove_done_callback(release)


_frames.place('tasks.py', '''
async def wait_for(fut, timeout):
    """Await fut, cancelling it and raising TimeoutError after timeout
    seconds (None: no limit).  Cancelling the caller cancels fut too."""
    loop = get_running_loop()
    if timeout is None:
        return await fut                                            #@442
    if timeout <= 0:                                                #@444
        # No time at all: a timeout unless fut finishes anyway.
        fut = ensure_future(fut, loop=loop)
        if fut.done():
            return fut.result()                                     #@448
        await _cancel_and_wait(fut, loop)                           #@450
        try:
            return fut.result()                                     #@452
        except CancelledError as cause:
            raise TimeoutError() from cause                         #@454

    wakeup = loop.create_future()
    timer = loop.call_later(timeout, _release_waiter, wakeup)
    release = functools.partial(_release_waiter, wakeup)
    fut = ensure_future(fut, loop=loop)
    fut.add_done_callback(release)
    # Cancelled while waiting: unless fut made it in time, it is taken
    # down too.
    try:
        try:
            await wakeup                                            #@466
        except CancelledError:
            if fut.done():
                return fut.result()                                 #@469
            fut.remove_done_callback(release)
            await _cancel_and_wait(fut, loop)                       #@475
            raise
        # Woken either by fut finishing or by the timer.
        if fut.done():
            return fut.result()                                     #@479
        fut.remove_done_callback(release)
        await _cancel_and_wait(fut, loop)                           #@485
        try:
            return fut.result()                                     #@490
        except CancelledError as cause:
            raise TimeoutError() from cause                         #@492
    finally:
        timer.cancel()

async def _wait(fs, timeout, return_when, loop):
    wakeup = loop.create_future()
    timer = (None if timeout is None
             else loop.call_later(timeout, _release_waiter, wakeup))
    left = len(fs)

    def _on_completion(member):                                     #@509
        nonlocal left
        left -= 1
        # Evaluated lazily and in this order: exception() marks the
        # exception as retrieved, so it is consulted only when it matters.
        enough = (left <= 0 or return_when == FIRST_COMPLETED or
                  (return_when == FIRST_EXCEPTION and not member.cancelled()
                   and member.exception() is not None))
        if enough:
            if timer is not None:
                timer.cancel()
            _release_waiter(wakeup)

    for member in fs:
        member.add_done_callback(_on_completion)
    try:
        await wakeup                                                #@525
    finally:
        if timer is not None:
            timer.cancel()
        for member in fs:
            member.remove_done_callback(_on_completion)
    # Both sets are filled in fs's iteration order.
    finished = {m for m in fs if m.done()}
    return finished, {m for m in fs if not m.done()}
''', globals())


# --- as_completed ---------------------------------------------------------

_frames.place('tasks.py', '''
def as_completed(fs, *, timeout=None):
    """Yield one awaitable per future of fs; awaiting the k-th gives the
    outcome of the k-th to complete (TimeoutError once timeout expires)."""
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f'expect an iterable of futures, not {type(fs).__name__}')  #@577
    arrivals = Queue()          # finished futures; None stands for timeout
    loop = _get_event_loop()
    unfinished = {ensure_future(x, loop=loop) for x in set(fs)}
    deadline = None

    def _expire():                                                  #@586
        for member in unfinished:
            member.remove_done_callback(_on_completion)
            arrivals.put_nowait(None)
        unfinished.clear()

    def _on_completion(member):                                     #@592
        if unfinished:          # else the timeout has accounted for it
            unfinished.remove(member)
            arrivals.put_nowait(member)
            if deadline is not None and not unfinished:
                deadline.cancel()

    async def _wait_for_one():                                      #@600
        member = await arrivals.get()                               #@601
        if member is None:
            raise TimeoutError                                      #@604
        return member.result()

    for member in unfinished:
        member.add_done_callback(_on_completion)
    if timeout is not None and unfinished:
        deadline = loop.call_later(timeout, _expire)
    for _ in range(len(unfinished)):
        yield _wait_for_one()
''', globals())


# --- gather ---------------------------------------------------------------

class _GatheringFuture(Future):
    # The future gather() returns.  Cancelling it cancels the children
    # instead; it finishes as cancelled once they are all done.

    def __init__(self, children, *, loop):
        super().__init__(loop=loop)
        self._members = children
        self._cancel_asked = False

    def cancel(self, msg=None):
        if self.done():
            return False
        hits = [m.cancel(msg=msg) for m in self._members]
        if any(hits):
            self._cancel_asked = True
            return True
        return False


def _outcome(member):
    # A finished child as gather(return_exceptions=True) reports it.
    if member.cancelled():
        msg = member._cancel_message
        return CancelledError('' if msg is None else msg)
    err = member.exception()
    return member.result() if err is None else err


_frames.place('tasks.py', '''
def gather(*coros_or_futures, return_exceptions=False):
    """Run the awaitables concurrently.  The future returned gets their
    results as a list, in argument order.

    Without return_exceptions the first error (or cancellation) of a
    child becomes the outcome at once while the others keep running;
    with it, errors take their place in the list.
    """
    if not coros_or_futures:
        empty = _get_event_loop().create_future()                   #@749
        empty.set_result([])
        return empty

    def _done_callback(member):                                     #@754
        nonlocal left
        left -= 1
        if outer is None or outer.done():
            # Too late to matter; still retrieve the exception so it is
            # not logged as never retrieved.
            if not member.cancelled():
                member.exception()
        elif not return_exceptions and member.cancelled():
            outer.set_exception(member._make_cancelled_error())
        elif not return_exceptions and member.exception() is not None:
            outer.set_exception(member.exception())
        elif left == 0:
            results = [_outcome(m) for m in members]
            if outer._cancel_asked:
                # CPython builds this error from the last argument's future.
                outer.set_exception(members[-1]._make_cancelled_error())
            else:
                outer.set_result(results)

    # One per argument, repeats included.  While every argument is a future
    # used as is (gather(*tasks)) that is the argument tuple itself; a list
    # is made only once an argument needs a task of its own.
    members = coros_or_futures
    # argument -> its future, so that repeats share one; not needed (nor
    # its memory spent) when no argument can repeat another.
    by_arg = {} if _asyncio._has_repeats(coros_or_futures) else None
    left = 0
    loop = None
    outer = None
    i = 0
    for arg in coros_or_futures:
        member = None if by_arg is None else by_arg.get(arg)
        if member is None:
            member = _ensure_future(arg, loop=loop)                 #@817
            loop = _get_loop(member) if loop is None else loop
            if member is not arg:
                # A task of our own making: its fate is reported via outer.
                member._log_destroy_pending = False
            left += 1
            if by_arg is not None:
                by_arg[arg] = member
            # Registered at once, before the next argument's task exists:
            # a child already done gets its callback queued ahead of that
            # task's first step.
            member.add_done_callback(_done_callback)
        if member is not arg:
            if members is coros_or_futures:
                members = list(coros_or_futures)
            members[i] = member
        i += 1

    outer = _GatheringFuture(members, loop=loop)
    return outer
''', globals())


# --- shield ---------------------------------------------------------------

_frames.place('tasks.py', '''
def shield(arg):
    """A future that mirrors arg's outcome and can be cancelled without
    cancelling arg."""
    guarded = _ensure_future(arg)                                   #@874
    if guarded.done():
        return guarded
    proxy = _get_loop(guarded).create_future()

    def _inner_done_callback(_):                                    #@881
        if proxy.cancelled():
            # Nobody is listening; just mark the exception retrieved.
            if not guarded.cancelled():
                guarded.exception()
        elif guarded.cancelled():
            proxy.cancel()
        elif guarded.exception() is None:
            proxy.set_result(guarded.result())
        else:
            proxy.set_exception(guarded.exception())

    def _outer_done_callback(_):                                    #@898
        if not guarded.done():
            guarded.remove_done_callback(_inner_done_callback)

    guarded.add_done_callback(_inner_done_callback)
    proxy.add_done_callback(_outer_done_callback)
    return proxy
''', globals())


def run_coroutine_threadsafe(coro, loop):
    raise NotImplementedError(
        'run_coroutine_threadsafe() is not supported by Coil')
