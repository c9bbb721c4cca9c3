# __slots__: member descriptors, no __dict__, layout conflicts, mangling, __dict__ slot, tuple subclasses.
class P:
    __slots__ = ('x', 'y')
    def __init__(self, x):
        self.x = x
p = P(1)
print(p.x, P.x, type(P.x).__name__, P.__slots__)
try: p.y
except AttributeError as e: print("AE", e)
try: p.z = 3
except AttributeError as e: print("AE", e)
try: p.__dict__
except AttributeError as e: print("AE", e)
p.y = 5; print(p.y); del p.y
try: del p.y
except AttributeError as e: print("AE", e)
print(hasattr(p, 'y'), getattr(p, 'y', 'dflt'))
class Q(P):
    pass
q = Q(2); q.z = 9; print(q.z, q.__dict__, q.x)
class R(P):
    __slots__ = ('z',)
r = R(3); r.z = 4; print(r.x, r.z)
try: r.w = 1
except AttributeError as e: print("AE", e)
class S:
    __slots__ = 'only'
s = S(); s.only = 1; print(s.only, S.__slots__)
class D:
    __slots__ = ('a', '__dict__')
d = D(); d.a = 1; d.b = 2; print(d.a, d.b, d.__dict__)
try:
    class Bad:
        __slots__ = ('x',)
        x = 5
except ValueError as e: print("VE", e)
try:
    class Bad2:
        __slots__ = (1,)
except TypeError as e: print("TE", e)
try:
    class Bad3:
        __slots__ = ('a b',)
except TypeError as e: print("TE", e)
class A1: __slots__ = ('a',)
class B1: __slots__ = ('b',)
try:
    class C1(A1, B1): pass
except TypeError as e: print("TE", e)
class E1: __slots__ = ()
class F1(A1, E1): pass
print(F1.__mro__ is not None)
class Priv:
    __slots__ = ('__secret',)
    def __init__(self): self.__secret = 1
    def get(self): return self.__secret
print(Priv().get(), [k for k in dir(Priv) if 'secret' in k])
print(repr(P.x).split(" at")[0])
class T(tuple):
    __slots__ = ()
print(T((1,2)))
try:
    class T2(tuple):
        __slots__ = ('a',)
except TypeError as e: print("TE", e)
class W:
    __slots__ = ('__weakref__', 'v')
w = W(); w.v = 1; print(w.v)
print(P.x.__name__, P.x.__objclass__)
class Node:
    __slots__ = ('value', 'next')
    def __init__(self, value, next=None):
        self.value = value
        self.next = next
head = None
for i in range(1000):
    head = Node([i] * 3, head)
total = 0
while head:
    total += sum(head.value)
    head = head.next
print(total)
import collections
Pt = collections.namedtuple("Pt", "x y")
try:
    Pt(1, 2).z = 3
except AttributeError as e:
    print("AE", e)
