# SyntaxError objects caught from exec(): msg, lineno, offset, text, filename, end positions, str().
for src in ["x = (1,", "def f(:\n  pass", "a b c", "return 5", "f(x for x in y, 1)", "'abc",
            "y = 1\nz = [1, 2\nw = 3", "if x:\npass", "def f():\n\tif x:\n        pass"]:
    try:
        exec(src)
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.lineno, e.offset, repr(e.text), e.filename, e.end_lineno, e.end_offset)
        print(" str:", str(e))
        print(" args:", e.args)
try:
    exec("1 +")
except SyntaxError as e:
    print(e, e.filename, e.lineno, e.__dict__)
e = SyntaxError("msg", ("f.py", 3, 4, "line text\n", 3, 6))
print(e, e.msg, e.filename, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)
print(SyntaxError("just msg"), SyntaxError().msg, repr(SyntaxError("m")), SyntaxError("m", ("a/b/c.py", 1, 2, "t")))
print(SyntaxError("m", ("f", 1, 2, "t")).end_lineno, SyntaxError("m", (None, 5, 2, None)))
e.lineno = 9
e.filename = None
print(e, e.print_file_and_line)
try:
    SyntaxError("m", ("f", 1))
except TypeError as t:
    print("TypeError:", t)
class MyErr(SyntaxError):
    pass
print(MyErr("x", ("m.py", 2, 1, "q")), MyErr.__mro__[1].__name__)
