# Helper for modules/import_circular_ok.py (not a test case).
print("circ_b: start")
from . import circ_a

B_VALUE = "b"


def use_a():
    # circ_a is partially initialised while this module runs, but complete
    # by the time this function is called.
    return "b sees " + circ_a.A_VALUE

print("circ_b: end, circ_a has A_VALUE:", hasattr(circ_a, "A_VALUE"))
