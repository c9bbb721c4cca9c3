# collections.abc: the mixin methods of Sequence, Mapping, MutableMapping, MutableSet, MutableSequence, Generator.
from collections.abc import *
class MySeq(Sequence):
    def __init__(self, *a): self.a = a
    def __getitem__(self, i): return self.a[i]
    def __len__(self): return len(self.a)
s = MySeq(1, 2, 3, 2)
print(list(s), 2 in s, list(reversed(s)), s.index(2), s.count(2), s.index(2, 2), isinstance(s, Reversible))
try: s.index(9)
except ValueError as e: print("ValueError", e)
class MyMap(Mapping):
    def __init__(self, **kw): self.d = kw
    def __getitem__(self, k): return self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
m = MyMap(a=1, b=2)
print(m.get("a"), m.get("z", 0), "a" in m, list(m.keys()), list(m.items()), list(m.values()), m == {"a": 1, "b": 2})
print(sorted(m.keys()), len(m.items()), ("a", 1) in m.items(), 2 in m.values(), m.keys() & {"a"}, sorted(m.keys() | {"z"}))
class MyMut(MutableMapping):
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
mm = MyMut()
mm.update({"x": 1}, y=2); mm.update([("z", 3)])
print(dict(mm), mm.pop("x"), mm.pop("q", None), mm.setdefault("w", 9), mm.popitem(), dict(mm))
mm.clear(); print(len(mm))
try: mm.pop("nope")
except KeyError as e: print("KeyError", e)
class MySet(MutableSet):
    def __init__(self, it=()): self.s = set(it)
    def __contains__(self, x): return x in self.s
    def __iter__(self): return iter(sorted(self.s))
    def __len__(self): return len(self.s)
    def add(self, x): self.s.add(x)
    def discard(self, x): self.s.discard(x)
a = MySet([1, 2, 3]); b = MySet([2, 3, 4])
print(list(a & b), list(a | b), list(a - b), list(a ^ b), a <= MySet([1,2,3,4]), a < a, a == MySet([3,2,1]), a.isdisjoint([7]))
a |= [9]; a -= [1]; print(list(a), a.pop(), list(a))
a.remove(3)
try: a.remove(100)
except KeyError as e: print("KeyError", e)
class MyList(MutableSequence):
    def __init__(self): self.l = []
    def __getitem__(self, i): return self.l[i]
    def __setitem__(self, i, v): self.l[i] = v
    def __delitem__(self, i): del self.l[i]
    def __len__(self): return len(self.l)
    def insert(self, i, v): self.l.insert(i, v)
ml = MyList(); ml.append(1); ml.extend([2, 3]); ml += [4]; ml.reverse()
print(ml.l, ml.pop(), ml.pop(0), ml.l); ml.remove(3); print(ml.l)
try:
    class Incomplete(Sequence): pass
    Incomplete()
except TypeError as e: print(e)
print(Iterable[int], Callable, Sequence.__abstractmethods__ == frozenset({'__getitem__', '__len__'}))
class G(Generator):
    def send(self, v): raise StopIteration
    def throw(self, *a): raise StopIteration
print(list(G()), G().close())
print(repr(KeysView({1: 2})), ValuesView({1: 2}).__class__.__name__, list(ItemsView({1: 2})))
