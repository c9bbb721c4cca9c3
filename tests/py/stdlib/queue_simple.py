# queue: SimpleQueue
import queue
s = queue.SimpleQueue()
print(s.empty(), s.qsize())
s.put(1); s.put(2, False); s.put(3, True, 1.0); s.put_nowait(4); s.put(5, timeout=-1)
print(s.qsize(), s.empty(), s.get(), s.get(False), s.get_nowait(), s.get(timeout=1))
try:
    s.get(timeout=-1)
except ValueError as e:
    print('ValueError:', e)
print(s.get(False, timeout=-1), s.empty())
for call in (s.get_nowait, lambda: s.get(False), lambda: s.get(timeout=0.01)):
    try:
        call()
    except queue.Empty as e:
        print('Empty', repr(e))
for args, kwargs in [((1,), {}), ((), {'maxsize': 1})]:
    try:
        queue.SimpleQueue(*args, **kwargs)
    except TypeError as e:
        print('TypeError:', e)
