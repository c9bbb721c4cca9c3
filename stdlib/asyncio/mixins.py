# asyncio.mixins — loop binding for the synchronisation primitives and the
# queues.  Such an object is created without a loop and adopts the running
# loop the first time it has to park a coroutine; from then on it refuses
# to serve any other loop, since its futures would belong to the wrong one.
# _get_loop() is compiled by _frames.place() so that its frame carries
# CPython's line number (the `#@N` mark).

from . import _frames
from .events import _get_running_loop


class _LoopBoundMixin:
    _loop = None


_frames.place('mixins.py', '''
def _get_loop(self):
    running = _get_running_loop()
    if self._loop is not running:
        if self._loop is not None:
            raise RuntimeError(f'{self!r} is bound to a different event loop')  #@20
        self._loop = running
    return running
''', globals(), into=_LoopBoundMixin)
