# atexit: after an uncaught exception's traceback, the callbacks run
import atexit

class Flush:
    def __repr__(self):
        return 'Flush()'
    def __call__(self, label):
        print('flushing', label)

atexit.register(Flush(), 'logs')
atexit.register(print, 'goodbye')
try:
    raise KeyError('handled')
except KeyError:
    pass
print('about to fail')
raise RuntimeError('unhandled')
