# Caret lines for attribute access, properties, decorators, f-strings,
# lambdas, comprehensions and generators.
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
        return fail()
    @property
    def prop(self):
        return fail()
obj = Obj()
n = None
def missing_attr(): return n.attr.other
def missing_method(): return obj.nope()
def attr_of_call(): return obj.method(1).bad
def prop(): return obj.prop
def spaced_attr(): return obj. method()
def decorator():
    @fail
    def g(): pass
def fstring(): return f"{fail()}"
def fstring_conv(): return f"v={obj.method()!r:>10}"
def lambda_call(): return (lambda q: fail(q))(1)
def comprehension(): return [fail() for i in range(2)]
def sorted_key(): return sorted([3, 1], key=lambda v: fail())
def dict_comp(): return {k: 1 for k in [[1]]}
def gen():
    yield 1
    yield (1).bad
def generator(): return list(gen())
def class_body():
    class K:
        x = 1
        y = x.nope
for f in (missing_attr, missing_method, attr_of_call, prop, spaced_attr, decorator, fstring,
          fstring_conv, lambda_call, comprehension, sorted_key, dict_comp, generator, class_body):
    show(f)
