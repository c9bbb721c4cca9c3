# __class_getitem__ and built-in generic aliases (list[int] is a types.GenericAlias).
print(list[int], dict[str, int], tuple[int, ...], set[str], type[int], frozenset[bytes])
print(type(list[int]), list[int].__origin__, list[int].__args__, dict[str, list[int]])
print(list[int]() , list[int]("ab"), list[int] == list[int], list[int] == list[str])
class C:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"
print(C[int], C["x"], C[1, 2])
class D(C):
    pass
print(D[0])
from collections.abc import Iterable, Mapping, Callable
print(Iterable[int], Mapping[str, int])
try:
    int[str]
except TypeError as e:
    print("TypeError:", e)
GA = type(list[int])
print(GA(list, (int,)), GA(dict, (str, float)))
