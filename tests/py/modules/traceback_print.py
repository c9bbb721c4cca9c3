# traceback.print_exc/print_exception write to stderr (or file=) exactly what
# an uncaught exception prints; print_stack shows the calling frames.
import sys, traceback
def g():
    raise ValueError("bad")
def f():
    g()
try:
    f()
except ValueError:
    traceback.print_exc()
try:
    try:
        f()
    except ValueError:
        {}["x"]
except KeyError as k:
    traceback.print_exception(k)
    traceback.print_exception(type(k), k, k.__traceback__)
class W:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
w = W()
try:
    f()
except ValueError:
    traceback.print_exc(file=w)
print(len("".join(w.parts).splitlines()))
def h():
    traceback.print_stack()
def k():
    h()
k()
f()
