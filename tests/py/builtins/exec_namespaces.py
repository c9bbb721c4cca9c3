# exec/eval namespaces: functions and classes defined by exec, separate locals,
# code objects reused, caller's locals.
g = {}
exec("""
def f(n):
    return n * k
k = 3
class A:
    y = k + 1
    def m(self): return f(self.y)
r = A().m()
""", g)
print(g['r'], sorted(k for k in g if k != '__builtins__'))
l = {}
exec("class B:\n    z = 5\nw = B.z", {}, l)
print(l['w'])
try:
    exec("v = 1\ndef h(): return v\nprint(h())", {}, {})
except NameError as e:
    print("NameError", e)
c = compile("a + b", "expr", "eval")
print([eval(c, {"a": i, "b": 2}) for i in range(3)])
print(eval("(lambda q: q + a)(1)", {"a": 10}))
ns = {}
exec("import math\nx = math.sqrt(16)", ns)
print(ns['x'])
def outer():
    z = 7
    return eval("z * 2")
print(outer())
exec("for i in range(3): pass\nprint(i)")
print(eval("[y for y in range(3)]"))
x = 5
exec("x += 1")
print(x)
code = compile("print('hi from code')", "<c>", "exec")
exec(code)
print(code.co_filename, code.co_name)
try:
    exec(compile("1/0", "myfile.py", "exec"))
except ZeroDivisionError as e:
    print(type(e).__name__, e)
