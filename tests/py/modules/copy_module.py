# copy.copy / copy.deepcopy: instances, hooks, slots, state, containers, recursion, subclasses.
import copy
class P:
    def __init__(self, x, items): self.x = x; self.items = items
    def __repr__(self): return f"P({self.x}, {self.items})"
p = P(1, [1, [2]])
s = copy.copy(p); d = copy.deepcopy(p)
p.items[1].append(3)
print(s, d, s.items is p.items, d.items is p.items)
l = [1, [2, 3], {"a": [4]}]
l2 = copy.deepcopy(l); l[1].append(9); l[2]["a"].append(5)
print(l2, copy.copy(l) == l, copy.copy(l) is l)
r = [1]; r.append(r)
r2 = copy.deepcopy(r); print(r2[1] is r2, r2 is r)
t = (1, [2]); t2 = copy.deepcopy(t); print(t2, t2 is t, t2[1] is t[1])
t3 = (1, 2); print(copy.deepcopy(t3) is t3)
class C:
    def __copy__(self): print("copy hook"); return "copied"
    def __deepcopy__(self, memo): print("deepcopy hook"); return "deep"
print(copy.copy(C()), copy.deepcopy(C()))
class S:
    __slots__ = ("a", "b")
    def __init__(self): self.a = [1]
s1 = S(); s2 = copy.deepcopy(s1); print(s2.a, s2.a is s1.a, hasattr(s2, "b"))
class St:
    def __init__(self): self.v = 1; self.cache = "big"
    def __getstate__(self): return {"v": self.v}
    def __setstate__(self, st): self.__dict__.update(st); self.cache = None
x = copy.deepcopy(St()); print(x.v, x.cache)
class L(list): pass
ll = L([1, [2]]); ll.tag = "t"
c = copy.copy(ll); dc = copy.deepcopy(ll)
print(type(c).__name__, c, c.tag, dc, dc[1] is ll[1])
class D(dict): pass
dd = D(a=[1]); print(type(copy.deepcopy(dd)).__name__, copy.deepcopy(dd), copy.copy(dd))
print(copy.copy(5), copy.deepcopy("s"), copy.copy(len), copy.deepcopy({1, 2}), copy.copy(frozenset([1])))
import collections
od = collections.OrderedDict(a=1); print(copy.deepcopy(od))
dq = collections.deque([1, [2]]); dq2 = copy.deepcopy(dq); print(dq2, dq2[1] is dq[1])
print(copy.deepcopy(collections.Counter("aab")), copy.copy(collections.defaultdict(list, a=[1])))
Pt = collections.namedtuple("Pt", "x y"); print(copy.deepcopy(Pt(1, [2])), copy.copy(Pt(1, 2)))
e = ValueError("bad", 1); e.note = "n"; e2 = copy.copy(e); print(repr(e2), e2.note)
