# Helper for modules/import_circular_partial.py (not a test case).
print("circ_x: start")
from _helpers.circ_y import Y
X = "x"
