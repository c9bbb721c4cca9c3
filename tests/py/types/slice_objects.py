# slice objects and indices().
s = slice(1, 8, 2)
print(s, s.start, s.stop, s.step)
print(slice(5), slice(None, None, -1), slice(1, None))
data = list(range(10))
print(data[s], "abcdefghij"[s], tuple(data)[s])
print(data[slice(None, None, -1)], data[slice(-3, None)])
print(s.indices(5), slice(None, None, -1).indices(4), slice(-100, 100).indices(10))
rev = slice(None, None, -2)
print(data[rev])
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
class Probe:
    def __getitem__(self, key):
        return key
p = Probe()
print(p[1:2], p[::3], p[1:2, 3], p[:])
