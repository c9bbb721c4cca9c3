# getsource/getsourcelines of functions (decorated, nested, one-line,
# multi-line headers, docstrings with odd indentation), methods, classes and
# lambdas; getfile/getsourcefile; errors for built-ins.
import inspect
import functools
import os

def deco(f):
    return f

@deco
@functools.lru_cache(
    maxsize=3)
def decorated(a,
              b=(1,
                 2)):
    """Doc
with a line at column 0.
    """
    x = [a,
  b]  # odd continuation indent
    # a comment inside

    return x
    # trailing comment in the body
# comment after the block

def one_liner(): return 1
x = 1

def outer():
    def inner(q):
        return q  # inner
    s = "def not_a_def():"
    t = '''
def also_not
'''
    return inner

class Klass:
    """Class doc."""
    attr = lambda self, y: y + 1

    def method(self):
        if True:
            pass
        return 'method \'quoted\' # not a comment'

    async def amethod(self):
        await something()  # noqa

square = lambda n: n * n
cont = 1 + \
    2

for obj in (decorated, one_liner, outer, outer(), Klass, Klass.method, Klass().method,
            Klass.amethod, Klass.attr, square):
    lines, lnum = inspect.getsourcelines(obj)
    print("---", getattr(obj, "__qualname__", obj), lnum, len(lines))
    print(inspect.getsource(obj), end="")
print(os.path.basename(inspect.getfile(decorated.__wrapped__)), os.path.basename(inspect.getsourcefile(Klass)))
print(os.path.basename(inspect.getfile(decorated.__wrapped__.__code__)))
for bad in (len, 3):
    try:
        inspect.getsource(bad)
    except TypeError as e:
        print("TypeError:", e)
