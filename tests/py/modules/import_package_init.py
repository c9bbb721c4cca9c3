# A package's __init__ runs once, before its submodules; __path__ and
# __package__ are set as CPython sets them.
import os
import _helpers
import _helpers.relpkg
print(_helpers.relpkg.PKG_CONST, _helpers.relpkg.fa(), _helpers.relpkg.a_module.__name__)
print(_helpers.__package__, _helpers.relpkg.__package__, _helpers.relpkg.a.__package__)
print([os.path.basename(p) for p in _helpers.relpkg.__path__], os.path.basename(_helpers.relpkg.__file__))
print(hasattr(_helpers.greet if hasattr(_helpers, "greet") else _helpers, "__path__"))
import _helpers.greet
print(hasattr(_helpers.greet, "__path__"), _helpers.greet.__package__)
