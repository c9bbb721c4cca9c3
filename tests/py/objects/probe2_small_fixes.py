# Property errors name the attribute (__set_name__), GenericAlias hashing,
# StopIteration from map/filter functions ending iteration, StopIteration.value,
# the sort key called for a single item.
class A:
    def _get(self): return 1
    x = property(_get)
    y = property(lambda s: 2)
    w = x.setter(lambda s, v: None)
try: A().x = 5
except AttributeError as e: print(e)
try: del A().y
except AttributeError as e: print(e)
p = property(A._get)
class B: pass
B.z = p
try: B().z = 1
except AttributeError as e: print(e)
q = property()
try: q.__get__(B())
except AttributeError as e: print(e)
q.__set_name__(A, 'zz')
try: q.__get__(A())
except AttributeError as e: print(e)
try: del A().w
except AttributeError as e: print(e)
print(sorted({list[int]: 1, dict[str, int]: 2}.values()), {list[int]: "a"}.get(list[int]), hash(list[int]) == hash(list[int]))
print(list(map(lambda x: next(iter([])) if x == 2 else x, [1, 2, 3])))
print(list(filter(lambda x: next(iter([])) if x == 2 else x, [1, 2, 3])))
print(StopIteration(1, 2).value, SystemExit(1, 2).code)
print(sorted([5], key=lambda x: print("key", x) or x))
