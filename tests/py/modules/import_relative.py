# Relative imports inside a package: from . import m, from .m import f,
# from .. import x, from ..m import f.
from _helpers.relpkg.sub import b
print(b.fb())
from _helpers.relpkg.sub.b import fb, cv
print(fb(), cv, b.__name__, b.__package__)
import _helpers.relpkg.sub.c as c
print(c is b.c)
