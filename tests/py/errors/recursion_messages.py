# RecursionError texts: plain for Python calls and fast builtins, "while
# getting the repr", and "during compilation" for a too-deep expression
# given to compile() (a RecursionError, not a SyntaxError).
def t(name, f):
    try:
        f()
    except RecursionError as e:
        print(name, type(e).__name__, e)
def rec(n): return rec(n + 1)
t("plain", lambda: rec(0))
class A:
    def __repr__(self): return repr(self)
t("repr", lambda: repr(A()))
class B:
    def __getattr__(self, n): return getattr(self, n)
t("getattr", lambda: B().x)
def viamap(n): return list(map(viamap, [n]))
t("map", lambda: viamap(0))
t("compile", lambda: compile("1" + "+1" * 100000, "x", "eval"))
t("sorted key", lambda: (lambda f: f(f))(lambda f: sorted([1], key=lambda x: f(f))))
class C:
    def __init__(self): C()
t("class", lambda: C())
class D:
    def __call__(self): return self()
t("call", lambda: D()())
