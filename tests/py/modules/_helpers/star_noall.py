# Helper module for modules/import_star_noall.py (not a test case).
import math as _math_alias

visible = "v"
also_visible = [1, 2]
_hidden = "h"


def func():
    return "func"
