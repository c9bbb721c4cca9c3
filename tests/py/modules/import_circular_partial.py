# `from m import name` on a partially initialised module fails with
# CPython's "most likely due to a circular import" message.
import os
import sys
HERE = os.path.dirname(os.path.abspath(__file__))
try:
    import _helpers.circ_x
except ImportError as e:
    print(type(e).__name__, str(e).replace(HERE, "<here>"))
    print(e.name, os.path.basename(e.path))
print("_helpers.circ_x" in sys.modules, "_helpers.circ_y" in sys.modules)
