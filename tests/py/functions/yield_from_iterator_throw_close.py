# yield from a plain iterator: throw() and close() are passed on to its own
# throw (with the arguments as given) and close methods (PEP 380).
class It:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration(99)
        return self.n
    def throw(self, typ, val=None, tb=None):
        print("It.throw", typ.__name__, val)
        if typ is KeyError:
            raise StopIteration("done via throw")
        if typ is IndexError:
            raise val
        return "thrown"
    def close(self):
        print("It.close")

def d():
    try:
        r = yield from It()
        print("yield from returned", r)
    except Exception as e:
        print("d caught", type(e).__name__, e)
    yield "after"

g = d(); print(next(g))
try:
    print(g.throw(ValueError("v")))
except Exception as e:
    print(type(e).__name__)
g = d(); next(g); g.close(); print("closed")
g = d(); next(g); print(g.throw(KeyError("k")))
g = d(); next(g); print(g.throw(IndexError("i")))
class NoMethods:
    def __iter__(self): return self
    def __next__(self): return 1
def e():
    try:
        yield from NoMethods()
    except ValueError as x:
        print("e caught", x)
        yield "e after"
g = e(); next(g); print(g.throw(ValueError("nv")))
g = e(); next(g); g.close(); print("closed e")
class It:
    def __iter__(self): return self
    def __next__(self): return 1
    def throw(self, *a):
        print("It.throw", a)
        return "t"
def d():
    yield from It()
g = d(); next(g); print(g.throw(ValueError("v")))
g = d(); next(g); print(g.throw(ValueError, "w"))
g = d(); next(g); print(g.throw(ValueError))
