# Caret lines for subscripts: ~ under the value, ^ under the brackets; in
# loads, stores, deletes and augmented assignments.
import sys, traceback
HERE = __file__.rsplit("/", 1)[0] + "/"
def clean(x):
    return x.replace(HERE, "") if isinstance(x, str) else [clean(s) for s in x]
def show(fn):
    try:
        fn()
    except BaseException:
        print(clean(traceback.format_exc()), end="")
a = [1]
d = {}
def index(): return a[5]
def key(): return d["missing"]
def spaced(): return d[ 'k' ]
def paren_value(): return (a)  [ 5 ]
def paren_key(): return a  [(7)]
def chain(): return a[0:1][3]
def tuple_key(): return d[1, 2]
def store():
    a[9] = 1
def delete():
    del d["gone"]
def augmented():
    d["q"] += 1
def whole_line():
    a[5]
def inside_call(): return str(d["x"])
for f in (index, key, spaced, paren_value, paren_key, chain, tuple_key, store, delete,
          augmented, whole_line, inside_call):
    show(f)
