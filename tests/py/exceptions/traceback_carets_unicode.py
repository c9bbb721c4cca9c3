# Caret lines on lines with non-ASCII text: columns are counted in
# characters, and the operator of a binary operation lands where CPython's does.
import sys, traceback
HERE = __file__.rsplit("/", 1)[0] + "/"
def clean(x):
    return x.replace(HERE, "") if isinstance(x, str) else [clean(s) for s in x]
def show(fn):
    try:
        fn()
    except BaseException:
        print(clean(traceback.format_exc()), end="")
n = None
d = {}
def fail(x):
    raise ValueError(x)
def before_call():
    é = "é"; return é + fail(1)
def key_accent(): return d['é']
def key_two(): return d['éé']
def left_accent(): return 'é' + n
def left_two(): return 'éé' + n
def left_euro(): return '€' + n
def right_accent(): return n + 'é'
def power_accent(): return 'é' ** n
def subscript_of_sum(): return ('é' + 'ü')[7]
def sum_of_subscript(): return ('ü', n)[1] + 1
def attr_accent(): return n.é
for f in (before_call, key_accent, key_two, left_accent, left_two, left_euro, right_accent,
          power_accent, subscript_of_sum, sum_of_subscript, attr_accent):
    show(f)
