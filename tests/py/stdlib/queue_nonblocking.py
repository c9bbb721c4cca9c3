# queue: nowait calls, timeouts, Empty/Full and argument errors
import queue, time
q = queue.Queue(1)
for call in (q.get_nowait, lambda: q.get(False), lambda: q.get(timeout=0), lambda: q.get(True, 0.01)):
    try:
        call()
    except queue.Empty as e:
        print('Empty', repr(e), isinstance(e, Exception))
q.put(1)
for call in (lambda: q.put_nowait(2), lambda: q.put(2, False), lambda: q.put(2, timeout=0.01),
             lambda: q.put(2, block=False, timeout=-1)):
    try:
        call()
    except queue.Full as e:
        print('Full', repr(e))
for call in (lambda: q.get(timeout=-1), lambda: q.put(3, timeout=-1), lambda: queue.Queue().get(timeout=-0.5)):
    try:
        call()
    except ValueError as e:
        print('ValueError', e)
queue.Queue().put(1, timeout=-1)   # unbounded: the timeout is never looked at
print(q.get(timeout=5), q.get(False) if q.qsize() else 'empty now')
t0 = time.monotonic()
try:
    queue.LifoQueue().get(timeout=0.05)
except queue.Empty:
    print('waited', time.monotonic() - t0 >= 0.05)
print(queue.Empty.__module__, queue.Full.__module__, queue.Empty.__mro__[1:])
