# compile-time SyntaxWarnings
import warnings
src = '''
def f(x):
    assert (x, "msg")
    assert ()
    y = [x for x in (1, 2) if x is 1] + [(1, 2)[None] for _ in "ab"]
    z = {k: v for k, v in {}.items() if v is not 1.5}
    class C(object if x is -1 else int):
        a = "abc"[1.5]
        b = (1, 2)["x"]
        c = [1][None]
        d = f"{x}"[None]
        e = 5[0]
        g = (-1)[0]
        h = {1}[0]
        i = (lambda: 0)[0]
        j = (x for x in ())[0]
        k = "a"(1)
        l = (1 + 2)(3)
        m = [](1)
        n = {}(1)
        o = f"x{1}"(2)
        p = {1, 2}(3)
        q = x[1:2], x["a"], [1][True], [1][1:2], b"ab"[1.0], (1,)[()]
    if x is "y" or x is not b"z" or x is ... or x is None or x is True:
        pass
    return (x is (1, 2)) + (x is (x, 1)) + (x is ())
'''
warnings.simplefilter("always")
code = compile(src, "<warn-test>", "exec")
print("compiled")
with warnings.catch_warnings(record=True) as ws:
    warnings.simplefilter("always")
    compile("x = 1 is 1\ny = 2 is not 2", "rec", "exec")
print([(str(w.message), w.category.__name__, w.filename, w.lineno) for w in ws])
warnings.simplefilter("error")
for s in ["a = 1 is 1", "assert (1, 2)", "x = [1]['a']", "() ()"]:
    try:
        compile(s, "errs", "exec")
    except SyntaxError as e:
        print("SyntaxError:", e.msg, e.filename, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
warnings.simplefilter("ignore")
compile("a = 1 is 1", "ign", "exec")
warnings.resetwarnings()
exec("print('exec', 1 is 1)")
eval("print('eval', 2 is 2)")
