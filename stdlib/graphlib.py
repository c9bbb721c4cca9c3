# graphlib — TopologicalSorter and CycleError, with CPython 3.11's order:
# nodes become ready in the order they were added, and a node's successors
# in the order their edges were added; a cycle is reported as the first one
# a depth-first walk in that same order meets.  Original Coil code.

__all__ = ['TopologicalSorter', 'CycleError']

# Marks kept in a node's predecessor count once it has left the sorter.
_PASSED_OUT = -1
_DONE = -2


class CycleError(ValueError):
    # args[1] is the cycle: a list of nodes, each an immediate predecessor
    # of the next, whose first and last entries are the same node.
    pass


class _Node:
    __slots__ = ('node', 'npredecessors', 'successors')

    def __init__(self, node):
        self.node = node
        self.npredecessors = 0
        self.successors = []


class TopologicalSorter:
    def __init__(self, graph=None):
        self._nodes = {}
        self._ready = None        # a list once prepare() ran
        self._npassedout = 0
        self._nfinished = 0
        if graph is not None:
            for node, predecessors in graph.items():
                self.add(node, *predecessors)

    def _info(self, node):
        info = self._nodes.get(node)
        if info is None:
            info = self._nodes[node] = _Node(node)
        return info

    def add(self, node, *predecessors):
        if self._ready is not None:
            raise ValueError('Nodes cannot be added after a call to prepare()')
        self._info(node).npredecessors += len(predecessors)
        for pred in predecessors:
            self._info(pred).successors.append(node)

    def prepare(self):
        if self._ready is not None:
            raise ValueError('cannot prepare() more than once')
        self._ready = [i.node for i in self._nodes.values() if i.npredecessors == 0]
        cycle = self._find_cycle()
        if cycle:
            raise CycleError('nodes are in a cycle', cycle)

    def get_ready(self):
        if self._ready is None:
            raise ValueError('prepare() must be called first')
        result = tuple(self._ready)
        for node in result:
            self._nodes[node].npredecessors = _PASSED_OUT
        self._ready.clear()
        self._npassedout += len(result)
        return result

    def is_active(self):
        if self._ready is None:
            raise ValueError('prepare() must be called first')
        return self._nfinished < self._npassedout or bool(self._ready)

    def __bool__(self):
        return self.is_active()

    def done(self, *nodes):
        if self._ready is None:
            raise ValueError('prepare() must be called first')
        for node in nodes:
            info = self._nodes.get(node)
            if info is None:
                raise ValueError(f'node {node!r} was not added using add()')
            state = info.npredecessors
            if state != _PASSED_OUT:
                if state >= 0:
                    raise ValueError(f'node {node!r} was not passed out (still not ready)')
                raise ValueError(f'node {node!r} was already marked done')
            info.npredecessors = _DONE
            for succ in info.successors:
                succ_info = self._nodes[succ]
                succ_info.npredecessors -= 1
                if succ_info.npredecessors == 0:
                    self._ready.append(succ)
            self._nfinished += 1

    def _find_cycle(self):
        # Depth-first from each unvisited node in insertion order; `path`
        # is the current chain, `pending` each chain entry's unvisited
        # successors.  Meeting a node of the chain again closes a cycle.
        seen = set()
        for start in self._nodes:
            if start in seen:
                continue
            path = []
            pending = []
            where = {}
            node = start
            while True:
                if node in seen:
                    if node in where:
                        return path[where[node]:] + [node]
                else:
                    seen.add(node)
                    where[node] = len(path)
                    path.append(node)
                    pending.append(iter(self._nodes[node].successors))
                while path:
                    node = next(pending[-1], _END)
                    if node is not _END:
                        break
                    del where[path.pop()]
                    pending.pop()
                else:
                    break
        return None

    def static_order(self):
        self.prepare()
        while self.is_active():
            group = self.get_ready()
            yield from group
            self.done(*group)

    __class_getitem__ = classmethod(type(list[int]))


_END = object()
