# asyncio.base_events — BaseEventLoop.
#
# The machinery of the loop (ready queue, timers, polling, call_soon and
# friends, create_task, run_until_complete/run_forever) is the native
# _asyncio.EventLoop.  What is written here is policy rather than
# mechanism: routing errors to the exception handler, the task factory,
# and closing async generators at shutdown.
#
# The methods that show up in tracebacks are compiled by _frames.place()
# so that their frames carry CPython's line numbers (the `#@N` marks).

import sys
import _asyncio

from . import _frames
from .events import AbstractEventLoop, AbstractServer
from .events import _get_running_loop, _handle_run_frame
from .futures import isfuture
from .tasks import ensure_future

__all__ = ('BaseEventLoop', 'Server')


class Server(AbstractServer):
    """A listening server (create_server() is not supported)."""


def _write_report(lines, exception):
    # What CPython's logger prints for an ERROR record with exc_info.
    sys.stdout.flush()
    sys.stderr.write('\n'.join(lines) + '\n')
    if exception is not None:
        _asyncio._print_exception(exception)
    sys.stderr.flush()


class BaseEventLoop(_asyncio.EventLoop, AbstractEventLoop):

    # Class-level defaults.  The native create_task() reads _task_factory
    # from the instance dict, where set_task_factory() puts it.
    _task_factory = None
    _error_handler = None

    def call_soon_threadsafe(self, callback, *args, context=None):
        """call_soon(): with one thread there is nothing else to do."""
        return self.call_soon(callback, *args)

    # --- task factory ---

    def set_task_factory(self, factory):
        """factory(loop, coro) will make the loop's tasks (None: Task)."""
        if not (factory is None or callable(factory)):
            raise TypeError('task factory must be a callable or None')
        self._task_factory = factory

    def get_task_factory(self):
        return self._task_factory

    # --- error reporting ---

    def set_exception_handler(self, handler):
        """handler(loop, context) will receive the loop's error reports
        (None: the default handler)."""
        if not (handler is None or callable(handler)):
            raise TypeError(
                f'A callable object or None is expected, got {handler!r}')
        self._error_handler = handler

    def get_exception_handler(self):
        return self._error_handler

    def default_exception_handler(self, context):
        """Print context on stderr: the message, the other keys sorted,
        then the exception's traceback."""
        lines = [context.get('message') or 'Unhandled exception in event loop']
        lines.extend(f'{key}: {context[key]!r}' for key in sorted(context)
                     if key not in ('message', 'exception'))
        _write_report(lines, context.get('exception'))

    # --- shutdown ---

    async def shutdown_asyncgens(self):
        """aclose() every async generator first iterated on this loop that
        is still suspended, all at once; report the ones that fail."""
        self._asyncgens_shutdown_called = True
        registry = self._asyncgens
        if not len(registry):
            return
        # CPython tracks these in a WeakSet, where exhausted or closed
        # generators have already disappeared: skip those.
        still_open = [g for g in registry if _asyncio._agen_needs_close(g)]
        self._forget_asyncgens()
        if not still_open:
            return
        from .tasks import gather
        outcomes = await gather(*[g.aclose() for g in still_open],
                                return_exceptions=True)
        for agen, outcome in zip(still_open, outcomes):
            if not isinstance(outcome, Exception):
                continue
            report = {
                'message': 'an error occurred during closing of '
                           f'asynchronous generator {agen!r}',
                'exception': outcome,
                'asyncgen': agen,
            }
            self.call_exception_handler(report)

    async def shutdown_default_executor(self):
        """Nothing to do: Coil has no executors."""

    def run_in_executor(self, executor, func, *args):
        raise NotImplementedError('run_in_executor() is not supported by Coil')

    def set_default_executor(self, executor):
        raise NotImplementedError('executors are not supported by Coil')


# run_until_complete() in Python, for its frames: tracebacks through it
# show CPython's lines.  The native loop does the work in three steps:
# _ruc_start (the stop callback), _ruc_run (run_forever) and _ruc_check
# (the "stopped before completion" error).
_frames.place('base_events.py', '''
def _check_closed(self):
    if self.is_closed():
        raise RuntimeError('Event loop is closed')                  #@519

def _check_running(self):
    if self.is_running():
        raise RuntimeError('This event loop is already running')    #@588
    if _get_running_loop() is not None:
        raise RuntimeError('Cannot run the event loop while another loop is running')  #@590

def run_until_complete(self, future):
    """Run the loop until future (a coroutine is wrapped in a task) is
    done; return its result or raise its exception."""
    self._check_closed()                                            #@628
    self._check_running()                                           #@629
    made_here = not isfuture(future)
    future = ensure_future(future, loop=self)                       #@632
    if made_here:
        future._log_destroy_pending = False
    future = self._ruc_start(future)
    self._ruc_run(future, made_here)                                #@640
    self._ruc_check(future)                                         #@651
    return future.result()                                          #@653
''', globals(), into=BaseEventLoop)

# Where a BaseException escapes the native loop, its traceback gets
# CPython's frames of run_forever() and _run_once() (and Handle._run, from
# events.py): the native loop adds the first body line of each of these
# stand-ins, which never run.
_frames.place('base_events.py', '''
def run_forever(self):                                              #@606
    return self._run_once()                                         #@607
''', globals())
_frames.place('base_events.py', '''
def _run_once(self):                                                #@1921
    return handle._run()                                            #@1922
''', globals())
_set_frames = getattr(_asyncio, '_set_traceback_frames', None)
if _set_frames is not None:
    _set_frames(_handle_run_frame, _run_once, run_forever)
del _set_frames, _run_once, run_forever


# loop.create_task() is native; when it rejects its argument, the error's
# traceback gets CPython's frame of BaseEventLoop.create_task() (the line
# making the Task) from this stand-in, which never runs.
_frames.place('base_events.py', '''
def create_task(self, coro, *, name=None, context=None):            #@429
    return tasks.Task(coro, loop=self, name=name, context=context)  #@436
''', globals())
_asyncio._tb_create_task = create_task
del create_task


_frames.place('base_events.py', '''
def call_exception_handler(self, context):
    """Pass context to the installed handler, or the default one.

    A failing handler must not take the loop down: its error is reported
    by the default handler instead, and should even that fail, a bare
    message and traceback are written.  Only SystemExit and
    KeyboardInterrupt get through.
    """
    handler = self._error_handler
    if handler is None:
        try:
            self.default_exception_handler(context)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as failure:
            _write_report(['Exception in default exception handler'],
                          failure)
        return
    try:
        handler(self, context)                                      #@1808
    except (SystemExit, KeyboardInterrupt):
        raise
    except BaseException as failure:
        about_handler = {
            'message': 'Unhandled error in exception handler',
            'exception': failure,
            'context': context,
        }
        try:
            self.default_exception_handler(about_handler)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as second:
            _write_report(['Exception in default exception handler '
                           'while handling an unexpected error in '
                           'custom exception handler'], second)
''', globals(), into=BaseEventLoop)
