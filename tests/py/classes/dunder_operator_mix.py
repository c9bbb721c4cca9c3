# Dunder operators on a vector class: arithmetic, reflected, comparisons, format, index, divmod, ternary pow.
class V:
    def __init__(self, *c): self.c = c
    def __repr__(self): return f"V{self.c}"
    def __add__(self, o): return V(*(a+b for a,b in zip(self.c, o.c))) if isinstance(o, V) else NotImplemented
    def __radd__(self, o): return self if o == 0 else NotImplemented
    def __mul__(self, k): return V(*(a*k for a in self.c))
    __rmul__ = __mul__
    def __neg__(self): return V(*(-a for a in self.c))
    def __abs__(self): return sum(a*a for a in self.c) ** 0.5
    def __eq__(self, o): return isinstance(o, V) and self.c == o.c
    def __hash__(self): return hash(self.c)
    def __len__(self): return len(self.c)
    def __getitem__(self, i): return self.c[i]
    def __iter__(self): return iter(self.c)
    def __bool__(self): return any(self.c)
    def __lt__(self, o): return abs(self) < abs(o)
    def __matmul__(self, o): return sum(a*b for a,b in zip(self, o))
    def __format__(self, spec): return "V<" + ",".join(format(a, spec) for a in self.c) + ">"
    def __contains__(self, x): return x in self.c
    def __round__(self, n=None): return V(*(round(a, n) for a in self.c))
    def __index__(self): return len(self.c)
a, b = V(1, 2), V(3, 4)
print(a + b, 2 * a, a * 2, -a, abs(b), a == V(1,2), a != b, sum([a, b]), len(a), a[1], list(a), bool(V(0,0)))
print(sorted([b, a]), max(a, b), a @ b, f"{a:.2f}", 2 in a, round(V(1.26, 2.71), 1), [0,1,2,3][a], {a: 1}[V(1,2)])
try: a + 1
except TypeError as e: print(e)
try: a < 1
except TypeError as e: print(e)
class I:
    def __init__(self, v): self.v = v
    def __iadd__(self, o): self.v += o; return self
    def __repr__(self): return f"I({self.v})"
i = I(1); j = i; i += 5; print(i, j, i is j)
class Num:
    def __init__(self, v): self.v = v
    def __int__(self): return int(self.v)
    def __float__(self): return float(self.v)
    def __complex__(self): return complex(self.v)
    def __trunc__(self): return 99
print(int(Num(3.7)), float(Num(2)), hex(V(1,2,3)), bin(V(1)))
import math
print(math.trunc(Num(1)))
class Cmp:
    def __init__(self, v): self.v = v
    def __eq__(self, o): print("eq called"); return NotImplemented
print(Cmp(1) == Cmp(1), Cmp(1) != 5)
class Rev:
    def __reversed__(self): return iter([3, 2, 1])
print(list(reversed(Rev())))
class Old:
    def __getitem__(self, i):
        if i > 3: raise IndexError
        return i * 10
print(list(Old()), 20 in Old(), list(reversed([1,2])))
print(divmod(7, 2), pow(2, 10, 1000))
class DM:
    def __divmod__(self, o): return ("dm", o)
    def __rdivmod__(self, o): return ("rdm", o)
    def __pow__(self, e, m=None): return ("pow", e, m)
print(divmod(DM(), 3), divmod(3, DM()), DM() ** 2, pow(DM(), 2, 5))
