# Subclasses of list, dict, tuple, set, frozenset (and deque, OrderedDict,
# defaultdict) are subscriptable like their bases, giving a GenericAlias;
# a list subclass may override __reversed__ and call list's.
class MyList(list): pass
class MyDict(dict): pass
print(MyList[int], MyDict[str, int], list.__class_getitem__(int), tuple[int, ...])
from collections import OrderedDict, defaultdict, deque, Counter
print(OrderedDict[str, int], defaultdict[str, list], deque[int], Counter[str])
class D2(defaultdict): pass
print(D2[int, int])
class RL(list):
    def __reversed__(self): return iter("custom")
print(list(reversed(RL([1, 2]))), list(reversed([1, 2, 3])), list([1, 2].__reversed__()), list(super(RL, RL([5, 6])).__reversed__()))
class T(tuple): pass
class S(set): pass
class FS(frozenset): pass
print(T[int], S[int], FS[int])
import typing
def f(x: MyList[int]) -> dict[str, MyDict[int, int]]: pass
print(typing.get_type_hints(f))
print(dict[str, int], set[int], frozenset[int], tuple[()], type[int], list.__class_getitem__(str))
try:
    list.__class_getitem__()
except TypeError as e:
    print(e)
