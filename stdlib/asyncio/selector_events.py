# asyncio.selector_events — kept so the loop class has CPython's ancestry;
# Coil's loop does its own polling natively.

from .base_events import BaseEventLoop

__all__ = ('BaseSelectorEventLoop',)


class BaseSelectorEventLoop(BaseEventLoop):
    """The selector-based loop (all of it lives in the native base)."""
