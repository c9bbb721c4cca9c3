# reversed() of a sequence without __reversed__ is a lazy 'reversed' object (items fetched
# as it goes, IndexError ends it) with __length_hint__, as in CPython.
for x in ['ab', (1,2), [1,2], range(3), b'xy']:
    r = reversed(x)
    print(type(r).__name__, list(r), r.__length_hint__() if hasattr(r, '__length_hint__') else '-')
class Seq:
    def __len__(self): return 3
    def __getitem__(self, i): return i * 10
r = reversed(Seq()); print(type(r).__name__, r.__length_hint__(), list(r), r.__length_hint__())
try: reversed(5)
except TypeError as e: print(e)
try: reversed({1,2})
except TypeError as e: print(e)
class Loud:
    def __len__(self): return 3
    def __getitem__(self, i):
        print('get', i)
        if i == 1: raise IndexError
        return i
r = reversed(Loud())
print('made')
print(next(r))
print(list(r), r.__length_hint__())
print(list(reversed(range(5))), list(reversed([])), list(reversed('')))
d = {'a': 1, 'b': 2, 'c': 3}
for r in (reversed(d), reversed(d.keys()), reversed(d.values()), reversed(d.items())):
    print(type(r).__name__, r.__length_hint__(), next(r), r.__length_hint__())
r = reversed(d); next(r); d['z'] = 0; print(r.__length_hint__())
