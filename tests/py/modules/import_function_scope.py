# import inside a function binds a local name; the module is shared.
def f():
    import math
    from _helpers.greet import greet as gr
    return math.sqrt(9), gr("f")


print(f())
print("math" in globals(), "gr" in globals())
import sys
print("math" in sys.modules)


class K:
    import string as s
    from math import tau
print(K.s.digits, K.tau)
