# typing: TypeVar, Generic[T] subclassing, substitution and __orig_class__.
from typing import TypeVar, Generic, List, Dict, Optional, Iterable

T = TypeVar('T')
U = TypeVar('U')
K = TypeVar('K', covariant=True)
N = TypeVar('N', int, float)
print(T, K, TypeVar('C', contravariant=True), N.__constraints__, TypeVar('B', bound=int).__bound__)
print(List[T], List[T].__parameters__, List[T][int], Dict[str, T][int], Dict[K, List[T]][int, str])


class Box(Generic[T]):
    def __init__(self, value):
        self.value = value

    def get(self):
        return self.value


print(Box[int], Box.__parameters__, Box.__orig_bases__, Box.__mro__)
b = Box[int](3)
print(b.get(), b.__orig_class__, type(b).__name__, Box('x').get())


class IntBox(Box[int]):
    pass


print(IntBox.__bases__, IntBox.__orig_bases__, IntBox.__parameters__, IntBox(5).get())


class Pair(Box[T], Generic[T, U]):
    pass


print(Pair.__bases__, Pair.__parameters__, Pair[int, str])


class Numbers(Iterable[int]):
    def __iter__(self):
        return iter([1, 2])


print(Numbers.__bases__, list(Numbers()))

for bad in (lambda: Box[int, str], lambda: Generic[int], lambda: TypeVar('X', int),
            lambda: List[int][str]):
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)
try:
    class Bad(Box[T], Generic[U]):
        pass
except TypeError as e:
    print('TypeError:', e)
