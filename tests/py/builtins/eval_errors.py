# eval/exec/compile argument errors and syntax errors with their attributes.
cases = [
    lambda: eval(),
    lambda: eval(1),
    lambda: eval("1", 1),
    lambda: eval("1", {}, 1),
    lambda: exec("1", 1),
    lambda: exec("1", {}, 1),
    lambda: compile(1, "f", "exec"),
    lambda: compile("1", "f", "x"),
    lambda: compile("1", "f"),
    lambda: eval("1", globals={}),
    lambda: exec("a\0"),
    lambda: compile("1", 3, "exec"),
    lambda: eval("x", {}),
]
for c in cases:
    try:
        c()
    except Exception as e:
        print(type(e).__name__, e)
for s in ["x = 1", "import os", "1; 2", "a b", "(1", "def f(): pass", "1\n2", "x = 1\n"]:
    try:
        eval(s)
    except SyntaxError as e:
        print(repr(s), e.args)
for s in ['1\n2', 'x=1\ny=2\n', 'if 1:\n  pass\nz=3', 'a=1;b=2']:
    try:
        compile(s, 'q', 'single')
        print('ok', repr(s))
    except SyntaxError as e:
        print(e.args)
try:
    exec(" 1")
except IndentationError as e:
    print(type(e).__name__, e.args[0], e.args[1][:4])  # end_offset: the SyntaxError-attribute work
try:
    compile("a b", "myname.py", "exec")
except SyntaxError as e:
    print(e.args)
for s in ['1 +\n', '1 +  ', 'a if b else\n\n', ' ', '', '(1,\n *a)', 'f(*a)', '*a, b', '*a']:
    try:
        print(repr(s), eval(s, {'a': [1], 'f': len}))
    except SyntaxError as e:
        print(repr(s), e.args)
class N:
    def __init__(self):
        self.d = {"x": 1}
    def __getitem__(self, k):
        return self.d[k]
    def __setitem__(self, k, v):
        self.d[k] = v
    def __delitem__(self, k):
        del self.d[k]
n = N()
exec("y = x + 1\ndel x", {}, n)
print(n.d)
try:
    exec("del zz", {}, n)
except NameError as e:
    print(e)
