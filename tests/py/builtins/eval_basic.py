# eval/exec/compile: namespaces, modes and code objects.
print(eval("1 + 2"))
x = 10
def f():
    y = 5
    return eval("x + y")
print(f())
g = {}
exec("a = 1\nb = a + 1", g)
print(g['a'], g['b'], '__builtins__' in g)
l = {}
exec("c = 3\nprint(c)\ndef h(): return c", {}, l)
print(sorted(l))
c = compile("1+1", "<f>", "eval")
print(eval(c), type(c).__name__)
exec(compile("z = 7", "myfile", "exec"))
print(z)
exec(compile("5*5", "s", "single"))
exec(compile("None", "s", "single"))
exec(compile("'a' * 3", "s", "single"))
exec(compile("for i in range(2): i\n", "s", "single"))
print(_)
print(eval(b"2**10"))
print(eval("  4"))
print(eval("x", {}, {"x": 99}))
print(eval("[n*n for n in range(4)]"))
ns = {"k": 2}
print(eval("k * 3", ns), eval(compile("k", "f", "exec"), ns))
class M:
    def __getitem__(self, k):
        if k == "q": return 42
        raise KeyError(k)
print(eval("q + 1", {}, M()))
print(exec("1"))
