# import forms on a helper module: import, import as, from-import with
# renames; module attributes __name__, __file__, __doc__, __dict__.
import os
import _helpers.greet
import _helpers.greet as g
from _helpers.greet import greet, Greeter as G, GREETING
from _helpers import greet as greet_mod

print(_helpers.greet is g, g is greet_mod, greet("coil"), G("x"), GREETING)
print(g.__name__, os.path.basename(g.__file__), g.__doc__)
print(sorted(k for k in vars(g) if not k.startswith("__")))
print(g.__dict__ is vars(g), g.__dict__["GREETING"])
print(type(g).__name__, _helpers.HELPERS)
print(g.greet.__module__, g.Greeter.__module__, g.Greeter.__qualname__)
g.GREETING = "hi"
print(greet("again"), GREETING)
