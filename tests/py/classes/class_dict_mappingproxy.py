import types
class A: x=1
m=A.__dict__
try: print(hash(types.MappingProxyType({})))
except TypeError as e: print(e)
print(type(m), m == dict(m), m | {'q':1} == {**m, 'q':1}, type(m|{}), type({}|m))
print(types.MappingProxyType({1:2}), str(types.MappingProxyType({1:2})), repr(types.MappingProxyType({1:2})))
print([n for n in dir(m) if not n.startswith('__') or n in ('__or__','__ror__','__ior__','__reversed__','__class_getitem__')])
try: types.MappingProxyType([1])
except TypeError as e: print(e)
try: types.MappingProxyType()
except TypeError as e: print(e)
try: m['x'] = 2
except TypeError as e: print(e)
try: del m['x']
except TypeError as e: print(e)
try: m |= {}
except TypeError as e: print(e)
print(m.get('x'), m.get('zz', 5), 'x' in m, len(types.MappingProxyType({1:2})), list(reversed(types.MappingProxyType({1:2,3:4}))))
print(types.MappingProxyType({1:2}) == {1:2}, types.MappingProxyType({1:2}) != {1:2}, {1:2} == types.MappingProxyType({1:2}))
print(type(m.copy()), type(m.keys()), type(iter(m)))
p = types.MappingProxyType(types.MappingProxyType({1:2})); print(p, repr(p))
class M:
  def __getitem__(s,k): return k
  def keys(s): return [1]
print(types.MappingProxyType(M())[5])
print(A.__dict__ is A.__dict__, A.__dict__ == A.__dict__)
print(types.MappingProxyType.__name__, types.MappingProxyType.__module__, types.MappingProxyType is type(A.__dict__))
try: m.foo = 1
except AttributeError as e: print(e)
try: print(m < {})
except TypeError as e: print(e)
live = A.__dict__
A.y = 2
print('y' in live, live['y'], sorted(k for k in live if not k.startswith('__')))
print(repr(types.MappingProxyType({'a': [1]})))
print(vars(A) == A.__dict__, type(vars(A)).__name__)
print(types.MappingProxyType[int])
d = {'k': 1}; mp = types.MappingProxyType(d); d['k2'] = 2; print(mp, len(mp), list(mp.items()), list(mp.values()))
print(type.__dict__['__dict__'].__get__(A)['x'])
print(isinstance(m, types.MappingProxyType))
import collections.abc
print(isinstance(m, collections.abc.Mapping))
print(A.__dict__['x'], list(A.__dict__)[:2])
class B:
    __slots__ = ('a',)
print(type(B.__dict__['a']).__name__)
print(int.__dict__['bit_length'])
