# Traceback objects (tb_frame/tb_lineno/tb_next), extract_tb, walk_tb, FrameSummary and StackSummary.
import sys, traceback
HERE = __file__.rsplit("/", 1)[0] + "/"
def clean(x):
    return x.replace(HERE, "") if isinstance(x, str) else [clean(s) for s in x]
class Out:
    def write(self, s):
        sys.stdout.write(clean(s))
OUT = Out()
def inner():
    raise ValueError("boom")
def outer():
    inner()
try:
    outer()
except ValueError as e:
    err = e
tb = err.__traceback__
print(tb.tb_lineno, tb.tb_frame.f_code.co_name, tb.tb_next.tb_frame.f_code.co_name)
print(type(tb.tb_lasti).__name__, tb.tb_frame.f_globals is globals())
print(tb.tb_frame.f_code.co_filename == __file__)
st = traceback.extract_tb(tb)
print(type(st).__name__, len(st))
for fs in st:
    print(clean(fs.filename), fs.lineno, fs.name, repr(fs.line), len(fs), list(fs)[1:])
    print(clean(repr(fs)))
print(st[0] == (__file__, 10, "<module>", "outer()"))
print(clean(traceback.extract_tb(tb, limit=1).format()))
print(clean(traceback.extract_tb(tb, limit=-1).format()))
print(clean(traceback.format_tb(tb, limit=2)))
traceback.print_tb(tb, limit=1, file=OUT)
print([(f.f_code.co_name, n) for f, n in traceback.walk_tb(tb)])
def s():
    return traceback.extract_stack()
ss = s()
print(type(ss).__name__, [(f.name, f.lineno, f.line) for f in ss])
print(clean(traceback.format_list(ss)))
print(clean(traceback.format_list([("a.py", 1, "f", "x = 1"), ("b.py", 2, "g", None)])))
fs = traceback.FrameSummary("a.py", 3, "f", line="x=1", locals={"a": 1, "b": "s"})
print(fs.locals, fs == traceback.FrameSummary("a.py", 3, "f", line="y"))
ss2 = traceback.StackSummary.from_list([fs, ("b.py", 4, "g", "y()")])
print(ss2.format())
print(ss2.format_frame_summary(ss2[1]))
def w():
    return [(f.f_code.co_name, ln) for f, ln in traceback.walk_stack(sys._getframe())][:2]
print(w())
