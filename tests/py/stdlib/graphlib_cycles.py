# graphlib: CycleError reports the cycle a depth-first walk meets first
from graphlib import TopologicalSorter, CycleError
graphs = [
    {'a': ['b'], 'b': ['a']},
    {1: [2], 2: [3], 3: [1]},
    {'x': ['x']},
    {'a': ['b'], 'b': ['c'], 'c': ['d'], 'd': ['b'], 'e': ['a']},
    {0: [1, 2], 1: [3], 2: [3], 3: [4], 4: [2]},
    {'p': [], 'q': ['p', 'r'], 'r': ['s'], 's': ['q'], 't': ['t']},
]
for g in graphs:
    try:
        list(TopologicalSorter(g).static_order())
    except CycleError as e:
        print(e.args, str(e), isinstance(e, ValueError))
ts = TopologicalSorter({1: [2], 2: [1]})
try:
    ts.prepare()
except CycleError as e:
    print('prepare:', e.args[1])
try:
    ts.prepare()
except ValueError as e:
    print('ValueError:', e)
print(CycleError.__mro__[1].__name__)
