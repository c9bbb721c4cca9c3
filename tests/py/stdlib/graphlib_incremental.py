# graphlib: prepare / get_ready / done / is_active and their errors
from graphlib import TopologicalSorter
ts = TopologicalSorter({'c': ['a', 'b'], 'd': ['c'], 'e': ['a']})
for call in (ts.get_ready, ts.is_active, lambda: ts.done('a'), lambda: bool(ts)):
    try:
        call()
    except ValueError as e:
        print('ValueError:', e)
ts.prepare()
print(ts.is_active(), bool(ts))
ready = ts.get_ready()
print(ready, ts.get_ready(), ts.is_active())
for call in (lambda: ts.done('c'), lambda: ts.done('zz'), lambda: ts.add('f'), ts.prepare):
    try:
        call()
    except ValueError as e:
        print('ValueError:', e)
ts.done('a')
print(ts.get_ready())
ts.done('e')
ts.done('b')
try:
    ts.done('b')
except ValueError as e:
    print('ValueError:', e)
order = []
while ts.is_active():
    group = ts.get_ready()
    order.append(group)
    ts.done(*group)
print(order, ts.is_active(), ts.get_ready())
