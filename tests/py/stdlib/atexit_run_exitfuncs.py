# atexit: _run_exitfuncs, _clear, _ncallbacks and argument errors
import atexit
base = atexit._ncallbacks()
atexit.register(print, 'a')
atexit.register(print, 'b')
print(atexit._ncallbacks() - base)
atexit._run_exitfuncs()        # runs b then a, then forgets them
print('after run', atexit._ncallbacks())
atexit.register(print, 'cleared')
atexit._clear()
print('after clear', atexit._ncallbacks())
atexit.register(print, 'again')
atexit.register(len, [1])
atexit.unregister(len)
print('unregistered slot still counted', atexit._ncallbacks())
for bad in [(), (3,), ('x', 1)]:
    try:
        atexit.register(*bad)
    except TypeError as e:
        print('TypeError:', e)
try:
    atexit.unregister()
except TypeError as e:
    print('TypeError:', e)
class Eq:
    def __eq__(self, other):
        raise ValueError('no comparing')
    def __call__(self): pass
    __hash__ = None
atexit.register(Eq())
try:
    atexit.unregister(print)
except ValueError as e:
    print('ValueError:', e)
atexit._clear()
atexit.register(print, 'at real exit')
for name in ['_clear', '_ncallbacks', '_run_exitfuncs']:
    try:
        getattr(atexit, name)(1)
    except TypeError as e:
        print('TypeError:', e)
try:
    atexit.unregister(func=print)
except TypeError as e:
    print('TypeError:', e)
