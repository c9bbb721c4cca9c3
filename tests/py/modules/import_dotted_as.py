# `import a.b` binds the top-level package and makes b an attribute;
# `import a.b as c` binds the submodule itself.
import _helpers.relpkg.sub.c
print(type(_helpers).__name__, _helpers.relpkg.sub.c.C_VALUE)
import _helpers.relpkg.sub.c as cmod
print(cmod is _helpers.relpkg.sub.c, cmod.__name__)
import _helpers.relpkg.a as amod, _helpers.relpkg.sub as submod
print(amod.fa(), submod.__name__, submod.__package__)
print(hasattr(_helpers.relpkg, "sub"), hasattr(_helpers.relpkg.sub, "c"))
