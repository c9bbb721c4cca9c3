import copy, copyreg, collections

class R:
    def __init__(self, v): self.v = v
    def __reduce__(self): return (R, (self.v * 10,))
print(copy.copy(R(2)).v, copy.deepcopy(R(3)).v)

class RX:
    def __init__(self, v): self.v = v
    def __reduce_ex__(self, proto):
        print("reduce_ex", proto)
        return (RX, (self.v + 1,), {"extra": [1, 2]})
    def __reduce__(self):
        raise AssertionError("not used")
a = RX(1)
b = copy.copy(a); print(b.v, b.extra)
c = copy.deepcopy(a); print(c.v, c.extra, c.extra is not a.__dict__.get("extra"))

class WithState:
    def __init__(self): self.x = 1
    def __reduce__(self): return (WithState, (), ("s", 5))
    def __setstate__(self, st): print("setstate", st); self.st = st
w = copy.deepcopy(WithState()); print(w.x, w.st)

class L(list):
    def __reduce__(self):
        return (L, (), None, iter([1, 2, 3]), None)
print(type(copy.copy(L())).__name__, copy.copy(L()))
class D(dict):
    def __reduce__(self):
        return (D, (), {"tag": "t"}, None, iter([("a", [1]), ("b", 2)]))
dd = copy.deepcopy(D()); print(dd, dd.tag)

class Str:
    def __reduce__(self): return "global_name"
s = Str(); print(copy.copy(s) is s, copy.deepcopy(s) is s)

class C:
    def __init__(self): self.items = [1, [2]]
    def __copy__(self): print("__copy__"); return "copied"
    def __deepcopy__(self, memo): print("__deepcopy__", type(memo).__name__); return "deep"
print(copy.copy(C()), copy.deepcopy(C()))

class Reg:
    def __init__(self, n): self.n = n
copyreg.pickle(Reg, lambda r: (Reg, (r.n * 100,)))
print(copy.copy(Reg(1)).n, copy.deepcopy(Reg(2)).n)

class Plain:
    def __init__(self): self.a = [1, 2]; self.b = {"k": self.a}
p = Plain(); q = copy.deepcopy(p); print(q.a, q.b, q.b["k"] is q.a, q.a is p.a)
q2 = copy.copy(p); print(q2.a is p.a)

class Slots:
    __slots__ = ("x", "y")
    def __init__(self): self.x = 1; self.y = [2]
sl = copy.deepcopy(Slots()); print(sl.x, sl.y)
sl2 = copy.copy(Slots()); print(sl2.x, sl2.y)

class GS:
    def __init__(self): self.v = 1
    def __getstate__(self): return {"v": 99}
print(copy.copy(GS()).v, copy.deepcopy(GS()).v)

class GS2:
    def __getstate__(self): return ("tuple-state",)
    def __setstate__(self, s): self.s = s
print(copy.copy(GS2()).s)

Point = collections.namedtuple("Point", "x y")
pt = Point(1, [2]); print(copy.copy(pt), copy.deepcopy(pt), copy.deepcopy(pt).y is pt.y)

class T(tuple): pass
print(copy.copy(T((1, 2))), type(copy.deepcopy(T((1, [2])))).__name__)

class I(int): pass
i = I(5); i.attr = "a"; j = copy.copy(i); print(j, type(j).__name__, j.attr)

e = ValueError("boom", 2); e.note = "n"
e2 = copy.copy(e); print(repr(e2), e2.note, e2 is e)
e3 = copy.deepcopy(KeyError([1])); print(repr(e3))

print(copy.deepcopy({1, 2, 3}), copy.deepcopy(frozenset([1])), copy.deepcopy(bytearray(b"ab")))
class MySet(set): pass
ms = MySet([1, 2]); ms.tag = 1; ms2 = copy.deepcopy(ms); print(type(ms2).__name__, sorted(ms2), ms2.tag)
print(copy.copy(ms) == ms, type(copy.copy(ms)).__name__)
print(copy.deepcopy(slice(1, [2], 3)))

lst = [1]; lst.append(lst); l2 = copy.deepcopy(lst); print(l2[1] is l2, l2 is not lst)
t = ([],); t[0].append(t); t2 = copy.deepcopy(t); print(t2[0][0] is t2)

class M:
    def meth(self): return self.v
m = M(); m.v = [1]; bm = copy.deepcopy(m.meth); print(bm(), bm.__self__ is not m)

od = collections.OrderedDict(a=1, b=[2]); od2 = copy.deepcopy(od); print(od2, od2["b"] is od["b"])
dq = collections.deque([1, [2]], maxlen=5); print(copy.copy(dq), copy.deepcopy(dq))
dfd = collections.defaultdict(list, a=[1]); print(copy.deepcopy(dfd), copy.copy(dfd))
cnt = collections.Counter("aab"); print(copy.deepcopy(cnt))

class BadReduce:
    def __reduce_ex__(self, p): raise TypeError("cannot pickle 'BadReduce' object")
try:
    copy.copy(BadReduce())
except TypeError as ex:
    print("TypeError", ex)
class NoneReduce:
    __reduce_ex__ = None
    def __reduce__(self): return (NoneReduce, ())
print(type(copy.copy(NoneReduce())).__name__)
print(copy.copy(int), copy.deepcopy(len), copy.copy(range(3)))
memo = {}
x = [1]; y = copy.deepcopy([x, x], memo); print(y[0] is y[1], len(memo))
