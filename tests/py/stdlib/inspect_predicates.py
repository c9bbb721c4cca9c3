# The is* predicates on functions, generators, coroutines, async generators,
# methods, builtins, classes and modules (also through bound methods and
# functools.partial).
import inspect
import functools
import sys
import types

def plain(): pass
def gen(): yield 1
async def coro(): pass
async def agen(): yield 1
class C:
    def meth(self): pass
    async def ameth(self): pass
    @classmethod
    def cm(cls): pass
    @staticmethod
    def sm(): pass
    @property
    def prop(self): return 1
class Aw:
    def __await__(self):
        yield
class NoAw:
    __await__ = None

objs = [("plain", plain), ("gen", gen), ("coro", coro), ("agen", agen), ("lambda", lambda: 0),
        ("C", C), ("C()", C()), ("C().meth", C().meth), ("C.meth", C.meth),
        ("C().ameth", C().ameth), ("C.cm", C.cm), ("C.sm", C.sm), ("len", len),
        ("[].append", [].append), ("list.append", list.append), ("sys", sys),
        ("partial(coro)", functools.partial(coro)), ("partial(gen)", functools.partial(gen)),
        ("int", int), ("1", 1), ("prop", C.__dict__["prop"])]
preds = ["isfunction", "ismethod", "isclass", "ismodule", "isbuiltin", "isroutine",
         "isgeneratorfunction", "iscoroutinefunction", "isasyncgenfunction", "ismethoddescriptor",
         "isdatadescriptor"]
for name, obj in objs:
    print(f"{name:14}", "".join("1" if getattr(inspect, p)(obj) else "." for p in preds))

g = gen(); c = coro(); a = agen()
for name, obj in [("gen()", g), ("coro()", c), ("agen()", a), ("Aw()", Aw()), ("NoAw()", NoAw()), ("3", 3)]:
    print(f"{name:8}", inspect.isgenerator(obj), inspect.iscoroutine(obj), inspect.isasyncgen(obj),
          inspect.isawaitable(obj))
c.close()
print(inspect.iscode(plain.__code__), inspect.iscode(plain), inspect.isframe(sys._getframe()))
try:
    raise ValueError
except ValueError as e:
    print(inspect.istraceback(e.__traceback__), inspect.istraceback(e))
print(inspect.iskeyword("async"), inspect.iskeyword("x"))
