# Helper for modules/import_circular_ok.py: a and b import each other (not a test case).
print("circ_a: start")
from . import circ_b

A_VALUE = "a"


def use_b():
    return "a sees " + circ_b.B_VALUE

print("circ_a: end")
