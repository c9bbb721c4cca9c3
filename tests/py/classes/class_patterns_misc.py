# Class patterns: delegation proxy, validated properties, wrapped methods, matrix dunders, registries, callable decorators.
import functools, operator
class Proxy:
    def __init__(self, target): self._t = target
    def __getattr__(self, n): print("delegating", n); return getattr(self._t, n)
    def __len__(self): return len(self._t)
p = Proxy([3, 1, 2]); p.sort(); print(p._t, len(p), p.count(1))
def log_calls(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        print("call", fn.__name__, a[1:], k); return fn(*a, **k)
    return wrapper
class Acct:
    interest = 0.02
    def __init__(self, owner, bal=0): self.owner = owner; self._bal = bal
    @classmethod
    def from_str(cls, s): o, b = s.split(":"); return cls(o, int(b))
    @property
    def balance(self): return self._bal
    @balance.setter
    def balance(self, v):
        if v < 0: raise ValueError("negative balance")
        self._bal = v
    @log_calls
    def deposit(self, amt): self.balance += amt; return self
    def __repr__(self): return f"Acct({self.owner!r}, {self._bal})"
    def __eq__(self, o): return isinstance(o, Acct) and (self.owner, self._bal) == (o.owner, o._bal)
    def __hash__(self): return hash((self.owner, self._bal))
a = Acct.from_str("ann:10").deposit(5)
print(a, a.deposit.__name__, a.deposit.__wrapped__.__name__, Acct.deposit.__qualname__)
try: a.balance = -1
except ValueError as e: print(e)
print(len({Acct("x", 1), Acct("x", 1), Acct("y", 1)}), sorted([Acct("b", 2), Acct("a", 9)], key=operator.attrgetter("owner")))
class Matrix:
    def __init__(self, rows): self.rows = [list(r) for r in rows]
    def __matmul__(self, o):
        return Matrix([[sum(a*b for a, b in zip(r, c)) for c in zip(*o.rows)] for r in self.rows])
    def __getitem__(self, ij): i, j = ij; return self.rows[i][j]
    def __setitem__(self, ij, v): i, j = ij; self.rows[i][j] = v
    def __repr__(self): return "Matrix(%r)" % self.rows
    def __iter__(self): return (x for r in self.rows for x in r)
m = Matrix([[1, 2], [3, 4]]); m[0, 0] = 5
print(m @ m, m[1, 0], list(m), sum(m), max(m))
class Registry:
    plugins = {}
    @classmethod
    def register(cls, name):
        def deco(k): cls.plugins[name] = k; return k
        return deco
@Registry.register("csv")
class CsvPlugin: pass
print(Registry.plugins)
class Counter:
    def __init__(self): self.n = 0
    def __call__(self, fn):
        @functools.wraps(fn)
        def inner(*a):
            self.n += 1; return fn(*a)
        return inner
cnt = Counter()
@cnt
def sq(x): return x * x
print([sq(i) for i in range(3)], cnt.n, sq.__name__)
class Temp:
    def __init__(self, c): self.c = c
    def __lt__(self, o): return self.c < o.c
    def __repr__(self): return f"{self.c}C"
print(sorted([Temp(30), Temp(10)]), min(Temp(5), Temp(3)), max([Temp(1), Temp(9)]))
class Node:
    def __init__(self, v, nxt=None): self.v, self.nxt = v, nxt
    def __iter__(self):
        n = self
        while n: yield n.v; n = n.nxt
    def __repr__(self): return " -> ".join(map(str, self))
print(Node(1, Node(2, Node(3))), 2 in Node(1, Node(2)), list(map(lambda x: x * 10, Node(4, Node(5)))))
class Empty:
    def __len__(self): return 0
print(bool(Empty()), "yes" if Empty() else "no", not Empty())
print(functools.reduce(operator.add, [Temp(1).c, 2, 3]), operator.itemgetter(1)([4, 5]), operator.methodcaller("upper")("x"))
