# User subclasses of tuple, list and dict: __new__/__init__ with super(), extra attributes, base-type results
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    def __repr__(self):
        return f"Point({self[0]}, {self[1]})"
    @property
    def x(self):
        return self[0]
pt = Point(1, 2)
print(pt, pt + (3,), type(pt + (3,)), pt[0], len(pt), isinstance(pt, tuple), pt.x, pt == (1, 2), pt[:1], type(pt[:1]), hash(pt) == hash((1, 2)))
class P(tuple):
    def __new__(cls, x, y):
        return tuple.__new__(cls, (x, y))
    x = property(lambda self: self[0])
    y = property(lambda self: self[1])
    def __add__(self, o):
        return P(self.x + o.x, self.y + o.y)
p = P(1, 2) + P(3, 4)
print(p, p.x, p.y, type(p).__name__, tuple(p), p == (4, 6), hash(p) == hash((4, 6)), sorted([P(2, 1), P(1, 2)]))
class Stack(list):
    def __init__(self, *items):
        super().__init__(items)
        self.pushes = 0
    def push(self, v):
        self.append(v)
        self.pushes += 1
s = Stack(1, 2)
s.push(3)
print(s, s.pushes, len(s), s[-1], s + [4], type(s + [4]).__name__, s * 2, type(s[:]).__name__, s.__dict__)
class L(list):
    def total(self):
        return sum(self)
l = L([1, 2])
l.name = 'n'
print(l, l + [3], type(l + [3]), type(l[:1]), l.total(), l.name, isinstance(l, list), l == [1, 2], L(), L('ab'))
try:
    L(1, 2)
except TypeError as e:
    print(e)
class Counter(dict):
    def __init__(self, it=()):
        super().__init__()
        for x in it:
            self[x] = self.get(x, 0) + 1
    def __repr__(self):
        return "Counter(" + dict.__repr__(self) + ")"
c = Counter("abca")
print(c, c['a'], len(c), sorted(c), isinstance(c, dict), dict(c), type(dict(c)).__name__, c | {'z': 1}, type(c | {'z': 1}).__name__)
class D(dict):
    def __missing__(self, k):
        return k * 2
d = D(a=1)
d.meta = 0
print(d, d['zz'], type(d.copy()), d.meta, isinstance(d, dict), d == {'a': 1})
