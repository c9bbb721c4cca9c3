# UserDict: a dict wrapper meant for subclassing
from collections import UserDict
import collections.abc as cabc
import copy

d = UserDict({'a': 1}, b=2)
print(d, len(d), d['a'], 'b' in d, 'z' in d)
d['c'] = 3
del d['a']
print(d, list(d), list(d.items()), d.get('zz', 'dflt'))
print(isinstance(d, cabc.MutableMapping), isinstance(d, dict))
try:
    d['missing']
except KeyError as e:
    print('KeyError', e)

class Lower(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)
    def __missing__(self, key):
        return 'missing:' + key

l = Lower(A=1, B=2)
print(l, l['x'], type(l).__name__)
l.extra = 'kept'
c = l.copy()
print(type(c).__name__, c, c.extra, c is not l)
c2 = copy.copy(l)
print(c2, c2.data is not l.data)
print(UserDict.fromkeys('ab', 0), Lower.fromkeys(['Q']))
print(d | {'z': 9}, {'z': 9} | d, type(d | {}).__name__, type({} | d).__name__)
d |= {'n': 0}
print(d, d == {'b': 2, 'c': 3, 'n': 0}, d.pop('n'), d.setdefault('k', 5), d)
d.update([('u', 1)])
print(sorted(d.keys()), d.popitem(), d)
print(UserDict(d) == d, UserDict() == {}, repr(UserDict()))
print(d.__or__(3), UserDict([(1, 2)]))
