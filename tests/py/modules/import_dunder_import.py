# __import__ and importlib.import_module: absolute, dotted (top-level
# returned vs. fromlist), relative to a package, and their errors.
import importlib
import sys
m = __import__("math")
print(m.sqrt(4), m is sys.modules["math"])
top = __import__("_helpers.relpkg.sub.c")
print(top.__name__, top.relpkg.sub.c.C_VALUE)
leaf = __import__("_helpers.relpkg.sub.c", fromlist=["C_VALUE"])
print(leaf.__name__)
print(importlib.import_module("json").dumps([1]), importlib.import_module("_helpers.greet").GREETING)
print(importlib.import_module(".a", "_helpers.relpkg").fa(), importlib.import_module("..c", "_helpers.relpkg.sub.b").__name__)
print(importlib.import_module(".sub", package="_helpers.relpkg").__name__)
for call in (lambda: importlib.import_module(".x"), lambda: importlib.import_module("no_such_mod_q"),
             lambda: __import__(5), lambda: __import__(""), lambda: __import__("math", level=-1),
             lambda: importlib.import_module("...x", "a.b")):
    try:
        call()
    except (TypeError, ValueError, ImportError) as e:
        print(type(e).__name__, e)
