# Built-in descriptors expose __get__/__set__/__delete__ (functions, properties, staticmethods).
def f(): pass
class C:
    @property
    def p(self): return 1
    def m(self): return 2
print(hasattr(f, "__get__"), hasattr(C.p, "__get__"), hasattr(C.p, "__set__"), hasattr(staticmethod(f), "__get__"), hasattr(len, "__get__"))
print(C.p.__get__(C()), C.__dict__['m'].__get__(C(), C)(), type(f.__get__(C())).__name__)
try: C.p.__set__(C(), 5)
except AttributeError as e: print(e)
