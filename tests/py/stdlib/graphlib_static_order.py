# graphlib: static_order follows insertion order group by group
from graphlib import TopologicalSorter
graph = {'D': {'B', 'C'}, 'C': {'A'}, 'B': {'A'}}
graph = {'D': ['B', 'C'], 'C': ['A'], 'B': ['A']}
print(list(TopologicalSorter(graph).static_order()))
deps = {'tests': ['build'], 'build': ['compile', 'link'], 'compile': ['fetch'], 'link': ['compile'],
        'docs': ['fetch'], 'release': ['tests', 'docs']}
print(list(TopologicalSorter(deps).static_order()))
ts = TopologicalSorter()
for n in [5, 3, 9, 1]:
    ts.add(n)
ts.add(2, 9, 1)
ts.add(0, 2, 5)
ts.add(3, 0)
print(list(ts.static_order()))
print(list(TopologicalSorter().static_order()), list(TopologicalSorter({1: []}).static_order()))
ts = TopologicalSorter({'x': ['y', 'y']})
print(list(ts.static_order()))
chain = {i: [i - 1] for i in range(1, 30)}
print(list(TopologicalSorter(chain).static_order()))
wide = TopologicalSorter({k: range(k) for k in range(6)})
print(list(wide.static_order()))
print(TopologicalSorter[int], TopologicalSorter.__name__)
