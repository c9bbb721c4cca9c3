# Without __all__, from module import * copies every name not starting with '_'.
from _helpers.star_noall import *
print(visible, also_visible, func())
print(sorted(n for n in ("visible", "also_visible", "func", "_hidden", "_math_alias") if n in globals()))
from math import *
print(floor(pi), sqrt(16), "sqrt" in globals())
