# Helper for modules/import_circular_partial.py (not a test case).
print("circ_y: start")
from _helpers.circ_x import X
Y = "y"
