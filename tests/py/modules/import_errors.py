# ImportError texts: missing modules, names, submodules of modules.
import os
HERE = os.path.dirname(os.path.abspath(__file__))


def show(e):
    print(type(e).__name__ + ":", str(e).replace(HERE, "<here>"))


try:
    import no_such_module_abc
except ModuleNotFoundError as e:
    show(e)
    print(e.name, isinstance(e, ImportError))
try:
    import _helpers.no_such_sub
except ModuleNotFoundError as e:
    show(e)
    print(e.name)
try:
    import _helpers.greet.inner
except ModuleNotFoundError as e:
    show(e)
try:
    from _helpers.greet import no_such_name
except ImportError as e:
    show(e)
    print(e.name, os.path.basename(e.path))
try:
    from _helpers import no_such_thing
except ImportError as e:
    show(e)
try:
    from math import no_such_fn
except ImportError as e:
    show(e)
try:
    import math.sub
except ModuleNotFoundError as e:
    show(e)
import nonexistent_module_xyz
