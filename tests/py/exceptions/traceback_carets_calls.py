# Caret lines for calls: a call inside a line, nested calls, method calls;
# a call that is the whole line gets none.
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
    def method(self, *a):
        return fail(*a)
obj = Obj()
def whole_line():
    fail()
def assigned():
    x = fail(1)
def in_expression():
    return len([1]) + fail(2)
def nested():
    return len(str(fail(3)))
def method_call():
    y = obj.method(1, 2)
def keywords():
    return fail(a=1, b=[2, 3])
def starred():
    return fail(*[1], **{"k": 2})
def not_callable():
    n = None
    return n(1)
def in_return():
    return fail()
for f in (whole_line, assigned, in_expression, nested, method_call, keywords, starred, not_callable, in_return):
    show(f)
