# Module objects: attribute get/set/delete, AttributeError texts, reprs of
# native and frozen modules, functions seeing their module's globals.
import math
import _helpers.greet as g
g.new_attr = 42
print(g.new_attr, "new_attr" in g.__dict__)
del g.new_attr
try:
    g.new_attr
except AttributeError as e:
    print(e)
try:
    del g.missing
except AttributeError as e:
    print(e)
try:
    math.nothing
except AttributeError as e:
    print(e)
print(repr(math))
g.GREETING = "yo"
print(g.greet("z"))
print(sorted(n for n in dir(g) if not n.startswith("_")))
