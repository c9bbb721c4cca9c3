# asyncio.unix_events — the loop class and policy asyncio uses by default,
# under the names (and module) CPython gives them on Unix.

from .events import BaseDefaultEventLoopPolicy
from .selector_events import BaseSelectorEventLoop

__all__ = ('SelectorEventLoop', 'DefaultEventLoopPolicy')


class _UnixSelectorEventLoop(BaseSelectorEventLoop):
    """The event loop new_event_loop() makes."""


class _UnixDefaultEventLoopPolicy(BaseDefaultEventLoopPolicy):
    """The policy in force unless set_event_loop_policy() says otherwise."""
    _make_loop = _UnixSelectorEventLoop


SelectorEventLoop, DefaultEventLoopPolicy = (_UnixSelectorEventLoop,
                                             _UnixDefaultEventLoopPolicy)
