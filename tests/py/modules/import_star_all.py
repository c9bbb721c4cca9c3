# from module import * copies exactly the names in __all__ (even private ones).
from _helpers.star_all import *
print(public_a, _listed_private)
for name in ("public_b", "_unlisted"):
    print(name, name in globals())
