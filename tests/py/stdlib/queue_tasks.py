# queue: task_done / join / unfinished_tasks
import queue
q = queue.Queue()
q.join()                       # nothing unfinished: returns at once
for job in ['a', 'b', 'c']:
    q.put(job)
print(q.unfinished_tasks)
while not q.empty():
    job = q.get()
    print('work on', job, q.unfinished_tasks)
    q.task_done()
print(q.unfinished_tasks)
q.join()
print('joined')
try:
    q.task_done()
except ValueError as e:
    print('ValueError:', e)
lq = queue.LifoQueue()
lq.put(1); lq.put(2); lq.get(); lq.task_done()
print(lq.unfinished_tasks, lq.qsize())
