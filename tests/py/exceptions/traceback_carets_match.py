# Caret lines for failing match patterns: a class pattern, a value pattern's
# __eq__, a mapping's get, nested and or-patterns.
import sys, traceback
HERE = __file__.rsplit("/", 1)[0] + "/"
def clean(x):
    return x.replace(HERE, "") if isinstance(x, str) else [clean(s) for s in x]
def show(fn):
    try:
        fn()
    except BaseException:
        print(clean(traceback.format_exc()), end="")
class E:
    def __eq__(self, o): raise ValueError("eq")
class P:
    __match_args__ = ("a",)
    @property
    def a(self): raise KeyError("a")
class M(dict):
    def get(self, k, d=None): raise TypeError("get")
class K: pass
def t1():
    match E():
        case 1: pass
def t2():
    match P():
        case P(x): pass
def t3():
    match M(a=1):
        case {"a": 1}: pass
def t4():
    match P():
        case P(a=1) | K(): pass
def t5():
    match [E()]:
        case [1, *_]: pass
for f in (t1, t2, t3, t4, t5):
    show(f)
match 3:
    case int(x) if x > 2:
        print('guard ok')
