# asyncio.events — which event loop is "current".
#
# While a loop runs, the native _asyncio module remembers it (the running
# loop).  Otherwise get_event_loop() asks the policy, which keeps one loop
# slot in _asyncio as well: Coil runs a single thread, so the per-thread
# bookkeeping of CPython's policy reduces to that slot plus a flag telling
# whether set_event_loop() was ever called.

import _asyncio
from _asyncio import Handle, TimerHandle
from _asyncio import get_running_loop, _get_running_loop, _set_running_loop

from . import _frames

__all__ = (
    # interfaces
    'AbstractEventLoopPolicy', 'AbstractEventLoop', 'AbstractServer',
    # callback handles (native)
    'Handle', 'TimerHandle',
    # the policy and the current loop
    'get_event_loop_policy', 'set_event_loop_policy', 'get_event_loop',
    'set_event_loop', 'new_event_loop', 'get_child_watcher',
    'set_child_watcher', '_set_running_loop', 'get_running_loop',
    '_get_running_loop',
)


class AbstractEventLoop:
    """The event loop interface; Coil's concrete loop is native."""


class AbstractServer:
    """What create_server() would return (servers are not supported)."""


class AbstractEventLoopPolicy:
    """Decides which loop get_event_loop() hands out when none is running."""


class BaseDefaultEventLoopPolicy(AbstractEventLoopPolicy):
    """The standard policy; subclasses set _make_loop to a loop class."""

    _make_loop = None

    def set_event_loop(self, loop):
        acceptable = (loop is None or isinstance(
            loop, (AbstractEventLoop, _asyncio.EventLoop)))
        if not acceptable:
            raise TypeError('loop must be an instance of AbstractEventLoop '
                            f"or None, not '{type(loop).__name__}'")
        _asyncio._set_policy_loop(loop)

    def new_event_loop(self):
        return self._make_loop()


_policy = None


def get_event_loop_policy():
    global _policy
    if _policy is None:
        # Imported late: unix_events builds on this module.
        from .unix_events import DefaultEventLoopPolicy
        _policy = DefaultEventLoopPolicy()
    return _policy


def set_event_loop_policy(policy):
    global _policy
    if policy is None or isinstance(policy, AbstractEventLoopPolicy):
        _policy = policy
        return
    raise TypeError('policy must be an instance of AbstractEventLoopPolicy '
                    f"or None, not '{type(policy).__name__}'")


# The policy's get_event_loop() raises on CPython's line (its frame is the
# one a traceback shows: the module-level functions are native).
_frames.place('events.py', '''
def get_event_loop(self):
    """The main thread's loop, made on first use (not once
    set_event_loop() was called, even with None)."""
    if (_asyncio._get_policy_loop() is None                         #@671
            and not _asyncio._policy_set_called()):
        self.set_event_loop(self.new_event_loop())                  #@674
    if _asyncio._get_policy_loop() is None:                         #@676
        raise RuntimeError("There is no current event loop in thread 'MainThread'.")  #@677
    return _asyncio._get_policy_loop()
''', globals(), into=BaseDefaultEventLoopPolicy)

# The running loop if there is one, else the policy's loop (native, as in
# CPython; _get_event_loop takes CPython's stacklevel and ignores it).
get_event_loop = _asyncio.get_event_loop
_get_event_loop = _asyncio._get_event_loop


def set_event_loop(loop):
    """Make loop the policy's current loop (None: no current loop)."""
    policy = get_event_loop_policy()
    policy.set_event_loop(loop)


def new_event_loop():
    """A new loop made by the policy (not made current)."""
    policy = get_event_loop_policy()
    return policy.new_event_loop()


_NO_WATCHERS = 'child watchers are not supported by Coil'


def get_child_watcher():
    raise NotImplementedError(_NO_WATCHERS)


def set_child_watcher(watcher):
    raise NotImplementedError(_NO_WATCHERS)


# The native get_event_loop() asks the policy through this hook.
_asyncio._get_event_loop_policy = get_event_loop_policy


# Handle._run is native.  A callback's exception still shows CPython's
# frame of it in the traceback: the native loop adds this stand-in's first
# body line (line 80 of CPython's events.py).  It never runs.
_frames.place('events.py', '''
def _run(self):                                                     #@79
    return self._callback(*self._args)                              #@80
''', globals())
_handle_run_frame = _run
del _run
