# Importing a local package/module (helpers live in _helpers/).
import _helpers.shapes as sh
from _helpers import shapes, PACKAGE_NAME
from _helpers.shapes import (sides as count_sides, Square)
import _helpers
print(sh is shapes, PACKAGE_NAME, _helpers.PACKAGE_NAME)
print(count_sides("square"), count_sides("circle"), sh.sides("triangle"))
print(Square(3).area(), Square.__name__, sh.__name__)
import _helpers.shapes
print(_helpers.shapes.SIDES)
