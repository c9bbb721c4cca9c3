# Helper module for modules/import_relative.py (not a test case).
from ..a import fa
from .. import a
from . import c
from .c import C_VALUE as cv
print("relpkg.sub.b: __package__ =", __package__)


def fb():
    return "fb+" + fa() + "+" + a.fa() + "+" + c.C_VALUE + cv
