# copy: deep copies of cycles, shared objects, memo, slots, __getstate__/__setstate__ and custom hooks.
import copy


class Pt:
    def __init__(self, x, tags):
        self.x = x
        self.tags = tags

    def __repr__(self):
        return f'Pt({self.x}, {self.tags})'


a = [1, [2, 3], {'k': [4]}]
s = copy.copy(a)
d = copy.deepcopy(a)
print(s == a, s is a, s[1] is a[1], d[1] is a[1], d[2]['k'] is a[2]['k'], d)

t = (1, 2, 'x')
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, [2]))[1] is not None)
t2 = ([1],)
print(copy.deepcopy(t2) is t2, copy.deepcopy(t2) == t2)

p = Pt(1, ['a'])
p2 = copy.copy(p)
p3 = copy.deepcopy(p)
print(p2, p2.tags is p.tags, p3, p3.tags is p.tags, type(p3).__name__)

cyc = [1]
cyc.append(cyc)
c2 = copy.deepcopy(cyc)
print(c2[1] is c2, c2[1] is cyc, len(c2))

shared = [0]
pair = [shared, shared]
cp = copy.deepcopy(pair)
print(cp[0] is cp[1], cp[0] is shared)

memo = {}
x = [1, 2]
y = copy.deepcopy(x, memo)
print(memo[id(x)] is y)


class Custom:
    def __init__(self, v):
        self.v = v

    def __copy__(self):
        print('__copy__ called')
        return Custom(self.v + 100)

    def __deepcopy__(self, memo):
        print('__deepcopy__ called with', type(memo).__name__)
        return Custom(copy.deepcopy(self.v, memo))


print(copy.copy(Custom(1)).v, copy.deepcopy(Custom([5])).v)

st = {1, 2, (3, 4)}
fs = frozenset([1, 2])
print(copy.copy(st) == st, copy.copy(st) is st, copy.deepcopy(fs) == fs, copy.copy(fs) is fs)
print(copy.copy(len) is len, copy.deepcopy(Pt) is Pt, copy.copy(None), copy.deepcopy(3.5))


class Slotted:
    __slots__ = ('a', 'b')

    def __init__(self):
        self.a = [1]
        self.b = 2


sl = copy.deepcopy(Slotted())
print(sl.a, sl.b)


class State:
    def __init__(self):
        self.data = [1]

    def __getstate__(self):
        return {'data': self.data, 'extra': 'from getstate'}

    def __setstate__(self, state):
        print('setstate', sorted(state))
        self.__dict__.update(state)


s2 = copy.deepcopy(State())
print(s2.data, s2.extra)

d0 = {'a': [1], 'b': ({'c': 2},)}
dd = copy.deepcopy(d0)
print(dd == d0, dd['a'] is d0['a'], dd['b'][0] is d0['b'][0])
print(issubclass(copy.Error, Exception), copy.error is copy.Error)
