# Caret lines for binary operators: ~ under the operands, ^ under the
# operator (two characters for ** // << and the like).
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
b = 0
n = None
def div(): x = 1 / b
def floordiv(): return 2 ** 3 // b
def paren_left(): return (1) / b
def paren_right(): return 1/(b)
def both_paren(): return (1)/(b)
def spaced(): return n  <<  n
def matmul(): return n@n
def chained(): return 1 + 2 + n
def first_of_chain(): return n + 1 + 2
def power(): return 2 ** -n
def mod_const(): return b % 0
def mixed(): return a[0] * (b // b)
def whole():
    1 / b
for f in (div, floordiv, paren_left, paren_right, both_paren, spaced, matmul, chained,
          first_of_chain, power, mod_const, mixed, whole):
    show(f)
