# Source positions through the traceback module: FrameSummary lineno,
# end_lineno, colno, end_colno (UTF-8 byte columns) and the markers
# format_frame_summary draws from them.
import sys, traceback
HERE = __file__.rsplit("/", 1)[0] + "/"
def clean(x):
    return x.replace(HERE, "") if isinstance(x, str) else [clean(s) for s in x]
def show(fn):
    try:
        fn()
    except BaseException:
        print(clean(traceback.format_exc()), end="")
b = 0
def f():
    x = 'é' + str(1 / b)
def g():
    return f()
try:
    g()
except ZeroDivisionError as e:
    err = e
for fs in traceback.extract_tb(err.__traceback__):
    print(fs.name, fs.lineno, fs.end_lineno, fs.colno, fs.end_colno, repr(fs.line))
st = traceback.extract_tb(err.__traceback__)
print(clean(st.format_frame_summary(st[-1])), end="")
print(clean(traceback.format_list(st)))
fs = traceback.FrameSummary("nofile.py", 3, "h", line="y = call(1) + 2", colno=4, end_colno=11, end_lineno=3)
print(traceback.StackSummary.from_list([fs]).format())
fs = traceback.FrameSummary("nofile.py", 3, "h", line="call(1)", colno=0, end_colno=7, end_lineno=3)
print(traceback.StackSummary.from_list([fs]).format())
print([f.colno for f in traceback.extract_stack()])
