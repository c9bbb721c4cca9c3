# exec/eval with a globals dict: __builtins__ is inserted (a dict) when
# absent, and a given __builtins__ dict or module replaces the builtins the
# code (and functions it defines) can see.
g = {}
exec("x = 1", g)
print(sorted(g.keys()), type(g['__builtins__']).__name__)
g2 = {'__builtins__': {'print': print}}
exec("print('hi')", g2)
try:
    exec("len([])", g2)
except NameError as e:
    print("NameError", e)
try:
    eval("abs(-1)", {'__builtins__': {}})
except NameError as e:
    print("NameError", e)
print(eval("abs(-1)", {'__builtins__': {'abs': lambda x: 'mine'}}))
import builtins
print(eval("min(3, 2)", {'__builtins__': builtins}))
def f():
    return len("abc")
g3 = {'__builtins__': {'len': lambda s: 99}}
exec("def h(): return len('a')", g3)
print(g3['h'](), f())
