# collections.abc: isinstance/issubclass of built-in values against every ABC.
from collections.abc import *
import collections.abc as cabc
samples = [1, 1.5, "s", b"b", (1,), [1], {1: 2}, {1}, frozenset(), range(3), iter([]), iter({}), (x for x in ()), len, lambda: 0, None, type, {}.keys(), {}.items(), {}.values(), zip(), object()]
names = ["Hashable", "Iterable", "Iterator", "Generator", "Reversible", "Sized", "Container", "Collection", "Callable", "Set", "MutableSet", "Mapping", "MutableMapping", "Sequence", "MutableSequence", "ByteString", "KeysView", "ItemsView", "ValuesView", "MappingView", "Awaitable", "Coroutine", "AsyncIterable", "AsyncIterator", "AsyncGenerator"]
for n in names:
    abc_cls = getattr(cabc, n)
    print(n.ljust(16), "".join("1" if isinstance(s, abc_cls) else "." for s in samples))
print(issubclass(list, Sequence), issubclass(dict, Mapping), issubclass(str, Hashable), issubclass(list, Hashable))
class It:
    def __iter__(self): return self
    def __next__(self): raise StopIteration
print(isinstance(It(), Iterator), isinstance(It(), Iterable), issubclass(It, Generator))
class NoHash:
    __hash__ = None
print(isinstance(NoHash(), Hashable), isinstance(NoHash, Hashable))
class Sizer:
    def __len__(self): return 0
print(isinstance(Sizer(), Sized), isinstance(Sizer(), Collection), issubclass(Sizer, Container))
class OptOut(list):
    __iter__ = None
print(isinstance(OptOut(), Iterable), isinstance(OptOut(), Sequence))
