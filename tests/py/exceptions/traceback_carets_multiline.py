# Caret lines for expressions spanning lines: markers run to the end of
# the first line, and none when that is the whole line.
import sys, traceback
HERE = __file__.rsplit("/", 1)[0] + "/"
def clean(x):
    return x.replace(HERE, "") if isinstance(x, str) else [clean(s) for s in x]
def show(fn):
    try:
        fn()
    except BaseException:
        print(clean(traceback.format_exc()), end="")
def fail(*a, **k):
    raise ValueError("fail")
class Obj:
    def method(self, *a, **k):
        return fail()
obj = Obj()
b = 0
def call_args():
    return fail(
        1)
def call_on_second_line():
    x = (1 +
         fail(2))
def binop_split():
    y = (1 /
         b)
def method_next_line():
    return (obj
            .method())
def method_keywords_next_line():
    return (obj
            .method(k=1))
def raise_split():
    raise KeyError(
        "split")
def dict_display():
    x = {
        "a": fail(),
    }
for f in (call_args, call_on_second_line, binop_split, method_next_line,
          method_keywords_next_line, raise_split, dict_display):
    show(f)
