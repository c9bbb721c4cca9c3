# ABC plugin registry with __init_subclass__, abstract properties, duck typing against collections.abc, a MutableMapping, slotted ABCs.
from abc import ABC, abstractmethod
from collections.abc import Mapping, Sequence, Iterable, Callable, MutableMapping, Set
class Plugin(ABC):
    registry = {}
    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        if name: Plugin.registry[name] = cls
    @abstractmethod
    def run(self, x): ...
    @property
    @abstractmethod
    def label(self): ...
class Upper(Plugin, name="upper"):
    def run(self, x): return x.upper()
    @property
    def label(self): return "UP"
class Broken(Plugin, name="broken"):
    def run(self, x): return x
print(sorted(Plugin.registry), Upper().run("hi"), Upper().label)
try: Broken()
except TypeError as e: print(e)
def describe(obj):
    kinds = []
    for abc_ in (Mapping, Sequence, Set, Iterable, Callable):
        if isinstance(obj, abc_): kinds.append(abc_.__name__)
    return kinds
for o in [{}, [], (), "s", {1}, frozenset(), range(2), len, Upper, (x for x in []), b"b", 5]:
    print(type(o).__name__, describe(o))
class Registry(MutableMapping):
    def __init__(self): self._d = {}
    def __getitem__(self, k): return self._d[k.lower()]
    def __setitem__(self, k, v): self._d[k.lower()] = v
    def __delitem__(self, k): del self._d[k.lower()]
    def __iter__(self): return iter(self._d)
    def __len__(self): return len(self._d)
r = Registry(); r["A"] = 1; r.update(B=2); r.setdefault("c", 3)
print(dict(r), "a" in r, r.get("Z", 0), len(r), isinstance(r, Mapping), r == {"a": 1, "b": 2, "c": 3})
print(issubclass(Registry, Iterable), Registry.__abstractmethods__, Plugin.__abstractmethods__ == {"run", "label"})
class Shape(ABC):
    __slots__ = ()
    @abstractmethod
    def area(self): ...
class Sq(Shape):
    __slots__ = ("s",)
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
print(Sq(3).area(), hasattr(Sq(1), "__dict__"), isinstance(Sq(1), Shape))
