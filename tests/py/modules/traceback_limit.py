# traceback limit=: the first N entries of each traceback (last -N if
# negative); for the stack functions, the most recent N frames.
import sys, traceback
HERE = __file__.rsplit("/", 1)[0] + "/"
def clean(x):
    return x.replace(HERE, "") if isinstance(x, str) else [clean(s) for s in x]
def a():
    b()
def b():
    c()
def c():
    raise ValueError("deep")
try:
    a()
except ValueError as e:
    err = e
for lim in (None, 0, 1, 2, -1, -2, 10):
    print(lim, clean(traceback.format_exception(err, limit=lim)))
print(clean(traceback.format_exc(limit=1)))
try:
    try:
        a()
    except ValueError:
        raise KeyError("chained")
except KeyError as k:
    print(clean("".join(traceback.format_exception(k, limit=1))), end="")
def s1():
    s2()
def s2():
    for lim in (None, 1, 2, -1):
        print(lim, [t[2] for t in traceback.extract_stack(limit=lim)])
    print(clean(traceback.format_stack(limit=1)))
s1()
