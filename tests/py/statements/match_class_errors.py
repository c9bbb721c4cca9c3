class C: pass
class D:
    __match_args__ = ["a"]
class E:
    __match_args__ = (1,)
class F:
    __match_args__ = ("a", "a")
    a = 1
class G:
    __match_args__ = ("a", "b")
    def __init__(self): self.a = 1
class H:
    @property
    def boom(self): raise ValueError("boom")
ns = {"C": C, "D": D, "E": E, "F": F, "G": G, "H": H, "notcls": 3}
class M(dict):
    def get(self, k, d=None):
        print("M.get", k)
        return super().get(k, d)
class BadKey:
    def __hash__(self): raise TypeError("unhashable BadKey")
cases = [(1, "case notcls(): pass"), (C(), "case C(1): pass"), (D(), "case D(x): pass"), (E(), "case E(x): pass"),
         (F(), "case F(x, y): pass"), (F(), "case F(x, a=y): pass"), (1, "case int(1, 2): pass"),
         (G(), "case G(x, y): print('matched')\n  case G(x): print('g', x)"), (H(), "case H(boom=1): pass"),
         (5, "case int(x): print('int', x)"), (True, "case int(x): print('bool as int', x)"),
         ([1, 2], "case list(x): print('list', x)"), ("s", "case str(x, y): pass"),
         (M(a=1, b=2), "case {'a': 1, 'b': x}: print('M', x)"),
         ({"a": 1}, "case {'a': 1, 'b': x}: print('no')\n  case {'a': y}: print('yes', y)"),
         ([1], "case [1, *r] if r: print('r')\n  case [1, *r]: print('empty rest', r)"),
         (1.5, "case float(1.5): print('float')"), (frozenset(), "case frozenset(): print('fs')"),
         ({1: 2}, "case dict(): print('dict')"), (b'x', "case bytes(b'x'): print('bytes')"),
         ]
for subj, code in cases:
    try:
        exec("match s:\n  " + code + "\n", dict(ns, s=subj))
    except Exception as e:
        print(type(e).__name__, e)
K = type("K", (), {"a": 1, "b": 1})
try:
    match {1: 1, 2: 2}:
        case {K.a: x, K.b: y}: pass
except ValueError as e:
    print("ValueError", e)
class W:
    bad = BadKey()
try:
    match {1: 1}:
        case {W.bad: 1}: pass
except Exception as e:
    print(type(e).__name__, e)
