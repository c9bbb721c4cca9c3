# signature() of methods, classes, callable instances, wrapped functions and
# __signature__; Parameter/Signature construction and their errors.
import inspect
import functools
from inspect import Parameter, Signature

class A:
    def __init__(self, x, y=1): pass
    def m(self, a, *, b): pass
    @classmethod
    def c(cls, z): pass
    @staticmethod
    def s(q): pass
    def __call__(self, v, /): pass
class B(A):
    pass
class N:
    def __new__(cls, n, *args): return super().__new__(cls)
class E:
    pass

for obj in (A, B, A(1).m, A.m, A.c, A.s, A(1), N, E):
    print(inspect.signature(obj))

def deco(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper
@deco
def wrapped(a, b=3): pass
print(inspect.signature(wrapped), inspect.signature(wrapped, follow_wrapped=False))
def g(): pass
g.__signature__ = Signature([Parameter("z", Parameter.POSITIONAL_OR_KEYWORD)])
print(inspect.signature(g))

params = [Parameter("a", Parameter.POSITIONAL_ONLY),
          Parameter("b", Parameter.POSITIONAL_OR_KEYWORD, default=2, annotation=int),
          Parameter("args", Parameter.VAR_POSITIONAL),
          Parameter("k", Parameter.KEYWORD_ONLY),
          Parameter("kw", Parameter.VAR_KEYWORD)]
s = Signature(params, return_annotation=str)
print(s, s.replace(return_annotation=Signature.empty))
print(s.replace(parameters=params[:2]))
print(params[1].replace(name="bb", default=Parameter.empty))
bad = [lambda: Parameter("a", 7),
       lambda: Parameter("1a", Parameter.POSITIONAL_ONLY),
       lambda: Parameter("if", Parameter.POSITIONAL_ONLY),
       lambda: Parameter(3, Parameter.POSITIONAL_ONLY),
       lambda: Parameter("a", Parameter.VAR_POSITIONAL, default=1),
       lambda: Signature([params[3], params[0]]),
       lambda: Signature([params[1], Parameter("c", Parameter.POSITIONAL_OR_KEYWORD)]),
       lambda: Signature([params[0], params[0]]),
       lambda: inspect.signature(3)]
for b in bad:
    try:
        b()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
