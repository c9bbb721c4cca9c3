# reprlib: the default limits on containers, strings and ints
import reprlib, collections
print(reprlib.__all__, sorted(vars(reprlib.Repr()).items()))
print(reprlib.repr(list(range(10))), reprlib.repr(tuple(range(3))), reprlib.repr((1,)), reprlib.repr([]))
print(reprlib.repr(set(range(10))), reprlib.repr(frozenset('abcdefgh')), reprlib.repr(set()), reprlib.repr(frozenset()))
print(reprlib.repr(collections.deque(range(10))), reprlib.repr({i: str(i) for i in range(10)}), reprlib.repr({}))
print(reprlib.repr('x' * 25), reprlib.repr('x' * 100), reprlib.repr('\n\t"\'' * 20))
print(reprlib.repr(10**100), reprlib.repr(-10**39), reprlib.repr(1.0 * 10**50), reprlib.repr(b'y' * 50))
print(reprlib.repr([[[[[[[[1]]]]]]]]), reprlib.repr([[[[[[[]]]]]]]), reprlib.repr(((((((((),),),),),),),)))
print(reprlib.repr({'b': [1] * 10, 'a': {1, 2}, 3: 4}), reprlib.repr({1: 'x', 'y': 2, None: 0}))
print(reprlib.repr({3, 1, 2}), reprlib.repr([{'k': [[[[[1]]]]]}]))
