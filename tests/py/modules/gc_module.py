import gc
print(gc.isenabled()); gc.disable(); print(gc.isenabled()); gc.enable(); print(gc.isenabled())
print(gc.get_threshold()); gc.set_threshold(100); print(gc.get_threshold()); gc.set_threshold(5, 6, 7); print(gc.get_threshold())
print(type(gc.collect()).__name__, type(gc.collect(0)).__name__, gc.garbage, gc.callbacks)
for bad in (3, -1, "x"):
    try:
        gc.collect(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    gc.enable(1)
except TypeError as e:
    print(e)
try:
    gc.set_threshold()
except TypeError as e:
    print(e)
for f, a in ((gc.set_threshold, (1, 2, 3, 4)), (gc.collect, (1, 2)), (gc.isenabled, (1,)), (gc.get_threshold, (1,))):
    try:
        f(*a)
    except TypeError as e:
        print(e)
try:
    gc.collect(generation=5)
except ValueError as e:
    print(e)
import gc as g2
print(g2 is gc, gc.__name__, repr(gc))
