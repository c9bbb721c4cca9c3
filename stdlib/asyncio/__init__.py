# asyncio — Coil's asyncio package: CPython 3.11's public API on top of the
# native loop, Future and Task of the _asyncio module.  The submodules
# follow CPython's layout, so classes report the same module names.

from . import (base_events, coroutines, events, exceptions, futures, locks,
               queues, runners, selector_events, taskgroups, tasks, timeouts,
               unix_events)


def _export(*modules):
    # Bring the modules' public names in here; return them, in order.
    names = []
    for module in modules:
        for name in module.__all__:
            globals()[name] = getattr(module, name)
            names.append(name)
    return tuple(names)


# In the order of CPython's asyncio.__all__, without what Coil lacks
# (streams, subprocesses, protocols, transports, threads).  TaskGroup is
# importable but, as in CPython, not listed.
__all__ = _export(base_events, coroutines, events, exceptions, futures,
                  locks, runners, queues, tasks, timeouts, unix_events)
_export(taskgroups)
del _export


async def to_thread(func, /, *args, **kwargs):
    # CPython runs func in a worker thread; Coil has no threads, and running
    # it inline would block the loop and reorder the other tasks' output.
    raise NotImplementedError('asyncio.to_thread() is not supported by Coil (no threads)')
