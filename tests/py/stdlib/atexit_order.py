# atexit: callbacks run last-registered first after the main module ends
import atexit

def show(*args, **kwargs):
    print('show', args, kwargs)

@atexit.register
def decorated():
    print('decorated (registered first, runs last)')
    atexit.register(print, 'registered during exit: never runs')

atexit.register(show, 1, 2, key='v')
atexit.register(show)
atexit.register(print, 'print with', 'sep', sep='-')
r = atexit.register(show, 'dropped')
print(r is show, decorated.__name__)
def dropped():
    print('unregistered: never runs')
atexit.register(dropped)
atexit.register(dropped)
atexit.unregister(dropped)
atexit.unregister(lambda: None)   # not registered: no error
print('end of main')
