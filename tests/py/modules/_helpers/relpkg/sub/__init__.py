# Helper package for modules/import_relative.py (not a test case).
from .. import PKG_CONST as _C
print("relpkg.sub: got", _C)
