# Helper package for modules/import_relative.py (not a test case).
print("relpkg: __name__ =", __name__, "__package__ =", __package__)
from .a import fa
from . import a as a_module
PKG_CONST = "pkg"
