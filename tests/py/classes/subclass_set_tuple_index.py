# set/frozenset/tuple subclasses; int subclass used by value when it overrides __index__; int.__new__(cls)
class S(set):
    def add2(self, x): self.add(x); self.add(x * 2)
s = S([1]); s.add2(5); s.tag = 1; print(sorted(s), type(s | {9}).__name__, s.tag, isinstance(s, set), len(s))
class FS(frozenset):
    def __new__(cls, *items): return super().__new__(cls, items)
f = FS(1, 2); print(sorted(f), type(f).__name__, hash(f) == hash(frozenset({1, 2})), f == {1, 2}, type(f & {1}).__name__)
class T(tuple): pass
print(T(), T([1, 2]), T('ab'), repr(T((1,))), type(T((1,)) * 2).__name__, T((3, 1)).index(1), T((1, 1)).count(1))
class I(int):
    def __index__(self): return 3
print(I(7).__index__(), [1, 2, 3, 4, 5, 6, 7, 8][I(7)], int.__new__(I, 4), type(int.__new__(I, 4)).__name__, float.__new__(type(1.5)), int.__repr__(I(9)))
