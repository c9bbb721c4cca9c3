# Two modules that import each other: the second sees the first partially
# initialised, and both are complete afterwards.
from _helpers import circ_a
from _helpers import circ_b
print(circ_a.use_b(), circ_b.use_a())
print(circ_a.circ_b is circ_b, circ_b.circ_a is circ_a)
