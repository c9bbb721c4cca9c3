# Relative imports without a parent package, or above the top-level package.
try:
    from . import anything
except ImportError as e:
    print(type(e).__name__, e)
try:
    from .sibling import thing
except ImportError as e:
    print(type(e).__name__, e)
try:
    import _helpers.relpkg.toofar
except ImportError as e:
    print(type(e).__name__, e)
print(__package__, __name__)
