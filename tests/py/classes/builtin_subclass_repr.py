# Subclasses of built-ins with a __repr__ show it in str(); total_ordering; exception subclasses.
import functools
@functools.total_ordering
class Ver:
    def __init__(self, *p): self.p = p
    def __eq__(self, o): return self.p == o.p
    def __lt__(self, o): return self.p < o.p
    def __repr__(self): return "Ver%s" % (self.p,)
print(Ver(1,2) <= Ver(1,3), Ver(2) > Ver(1), Ver(1) >= Ver(1), sorted([Ver(3), Ver(1)]))
class Stack(list):
    def push(self, x): self.append(x)
    def peek(self): return self[-1]
s = Stack([1]); s.push(2); print(s, s.peek(), len(s), isinstance(s, list), s + [3], type(s + [3]).__name__)
class Cnt(dict):
    def __missing__(self, k): return 0
c = Cnt(); c["a"] += 1; print(c, c["zz"])
class MyStr(str):
    def shout(self): return self.upper() + "!"
m = MyStr("hi"); print(m.shout(), m + "x", type(m + "x").__name__, repr(m), len(m))
class MyInt(int):
    def __repr__(self): return f"MyInt({int(self)})"
n = MyInt(5); print(n + 1, type(n + 1).__name__, repr(n), n * 2, str(n), f"{n:03d}")
class E(Exception):
    def __init__(self, code, msg):
        super().__init__(msg); self.code = code
try: raise E(404, "not found")
except E as e: print(e, e.code, e.args, repr(e))
class E2(Exception): pass
try:
    try: raise ValueError("a")
    except ValueError as e: raise E2("b") from e
except E2 as e: print(repr(e.__cause__), e.__suppress_context__)
