# asyncio.runners — asyncio.run() and Runner: the entry points that own an
# event loop from creation to close.
#
# Closing a runner cancels whatever tasks are left and waits for them,
# closes pending async generators, then closes the loop.  Coil has neither
# signals nor contextvars, so Ctrl-C handling and contexts are absent.
#
# The functions that raise are compiled by _frames.place() so that their
# frames carry CPython's line numbers (the `#@N` marks).

import _asyncio

from . import _frames
from . import events
from .coroutines import iscoroutine
from .tasks import gather

__all__ = 'Runner', 'run'

_NEW, _OPEN, _CLOSED = 'created', 'initialized', 'closed'


class Runner:
    """Owns one event loop across several run() calls.

        with asyncio.Runner() as runner:
            runner.run(first())
            runner.run(second())

    The loop is made on first need, by loop_factory if given, else as a
    new default loop that also becomes the current one; it is closed by
    close() or on leaving the with block.
    """

    def __init__(self, *, debug=None, loop_factory=None):
        self._phase = _NEW
        self._want_debug = debug
        self._factory = loop_factory
        self._loop = None
        self._installed = False     # whether we made our loop the current one

    def __enter__(self):
        self._lazy_init()
        return self

    def get_loop(self):
        """The runner's loop (made now if need be)."""
        self._lazy_init()
        return self._loop


# An exception out of the shutdown (a BaseException from a cancelled
# leftover task) passes through these frames.
_frames.place('runners.py', '''
def __exit__(self, *exc_info):
    self.close()                                                    #@63
def close(self):
    """Finish off the loop's leftovers and close it.  Idempotent."""
    if self._phase != _OPEN:
        return
    loop = self._loop
    try:
        if not loop.is_closed(): _asyncio._finalize_dead_agens(loop)
        _cancel_all_tasks(loop)                                     #@71
        loop.run_until_complete(loop.shutdown_asyncgens())          #@72
        loop.run_until_complete(loop.shutdown_default_executor())   #@73
    finally:
        if self._installed:
            events.set_event_loop(None)
        loop.close()
        self._loop, self._phase = None, _CLOSED
        # CPython reports tasks that died with an exception nobody
        # retrieved when they are freed; here is where that happens.
        _asyncio._report_unretrieved()
''', globals(), into=Runner)

_frames.place('runners.py', '''
def run(self, coro, *, context=None):
    """Run coro to completion on the runner's loop; return its result."""
    if not iscoroutine(coro):
        raise ValueError(f'a coroutine was expected, got {coro!r}')   #@89
    if events._get_running_loop() is not None:
        raise RuntimeError('Runner.run() cannot be called from a running event loop')  #@93
    self._lazy_init()                                               #@96
    task = self._loop.create_task(coro, context=context)
    return self._loop.run_until_complete(task)                      #@118

def _lazy_init(self):
    if self._phase == _CLOSED:
        raise RuntimeError('Runner is closed')                      #@133
    if self._phase == _NEW:
        if self._factory is not None:
            self._loop = self._factory()
        else:
            self._loop = events.new_event_loop()
            if not self._installed:
                events.set_event_loop(self._loop)
                self._installed = True
        if self._want_debug is not None:
            self._loop.set_debug(self._want_debug)
        self._phase = _OPEN
''', globals(), into=Runner)

_frames.place('runners.py', '''
def run(main, *, debug=None):
    """Run coroutine main on a new event loop, close the loop, and
    return main's result.  Not allowed while a loop is running."""
    if events._get_running_loop() is not None:
        raise RuntimeError('asyncio.run() cannot be called from a running event loop')  #@186
    # Entering the runner makes (and installs) the loop before main is
    # even looked at, so a bad argument still leaves no current loop.
    with Runner(debug=debug) as runner:
        return runner.run(main)                                     #@190
''', globals())


# Cancel what main left behind and let it unwind; failures other than the
# cancellation itself are reported.  Creation order (CPython goes by a set,
# whose order is an accident of addresses).
_frames.place('runners.py', '''
def _cancel_all_tasks(loop):
    leftovers = loop._pending_tasks()
    if not leftovers:
        return
    for task in leftovers:
        task.cancel()
    loop.run_until_complete(gather(*leftovers, return_exceptions=True))  #@201
    for task in leftovers:
        if task.cancelled() or task.exception() is None:
            continue
        report = dict(
            message='unhandled exception during asyncio.run() shutdown',
            exception=task.exception(), task=task)
        loop.call_exception_handler(report)
''', globals())
