class D(dict):
    pass
d = D(a=1)
print(d, type(d).__name__)
d = D([(1, 2)], b=3)
print(d)
class E(dict):
    def __init__(self, *args, **kw):
        print("init", args, kw)
        dict.__init__(self, *args, **kw)
e = E({'x': 1}, y=2)
print(e)
class F(dict):
    def __init__(self, *args):
        super().__init__(*args)
print(F([(1, 2)]))
class G(dict):
    def __missing__(self, k):
        return k * 2
g = G()
print(g[3], g.get(3), 3 in g)
d = {}
dict.__init__(d, [(1, 2)], z=1)
print(d)
class H(dict):
    def __new__(cls, *a, **k):
        print("new", a, k)
        return super().__new__(cls, *a, **k)
h = H(q=1)
print(h)
x = dict.__new__(dict, {1: 2})
print(x)
try:
    dict({}, {})
except TypeError as ex:
    print(ex)
try:
    D({}, {})
except TypeError as ex:
    print(ex)
try:
    dict.__init__(d, 1, 2)
except TypeError as ex:
    print(ex)
class Counted(dict):
    def __init__(self, n):
        super().__init__()
        self.n = n
        for i in range(n):
            self[i] = i * i
c = Counted(3)
print(c, c.n, len(c), isinstance(c, dict))
class Ignore(dict):
    def __init__(self, *args, **kw):
        pass
print(Ignore([(1, 2)], a=1))
class WithNew(dict):
    def __new__(cls, *args, **kw):
        return dict.__new__(cls)
w = WithNew({'k': 'v'})
print(w, type(w).__name__)
class Default(dict):
    def __init__(self, factory, *args, **kw):
        super().__init__(*args, **kw)
        self.factory = factory
    def __missing__(self, key):
        v = self[key] = self.factory()
        return v
dd = Default(list, {'a': [1]})
dd['b'].append(2)
dd['a'].append(3)
print(sorted(dd.items()))
try:
    dict.__init__({}, 1, 2, 3)
except TypeError as ex:
    print(ex)
try:
    dict(5)
except TypeError as ex:
    print(ex)
print(dict(dict.fromkeys('ab'), c=1))
