# queue: FIFO, LIFO and priority order; sizes; subclass hooks
import queue
print(queue.Empty, queue.Full, queue.SimpleQueue, queue.Queue, queue.__all__)
print(queue.Queue[int], queue.SimpleQueue[str], issubclass(queue.LifoQueue, queue.Queue))
for cls in (queue.Queue, queue.LifoQueue, queue.PriorityQueue):
    q = cls()
    for x in [5, 1, 4, 2, 3]:
        q.put(x)
    print(cls.__name__, q.qsize(), q.empty(), q.full(), q.maxsize,
          [q.get() for _ in range(q.qsize())], q.empty())
pq = queue.PriorityQueue()
for item in [(2, 'write'), (1, 'read'), (3, 'sleep'), (1, 'eat')]:
    pq.put(item)
print(pq.queue[0], [pq.get_nowait() for _ in range(4)])
b = queue.Queue(maxsize=2)
b.put('a'); b.put_nowait('b')
print(b.full(), b.qsize(), list(b.queue), type(b.queue).__name__, type(queue.LifoQueue().queue).__name__)
print(queue.Queue(-1).full(), vars(queue.Queue(3)).get('maxsize'), queue.Queue(3).unfinished_tasks)
class Sorted(queue.Queue):
    def _init(self, maxsize): self.queue = []
    def _put(self, item): self.queue.append(item); self.queue.sort()
    def _get(self): return self.queue.pop()
s = Sorted()
for x in 'qwerty':
    s.put(x)
print(''.join(s.get() for _ in range(6)))
