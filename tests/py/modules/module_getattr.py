# PEP 562: a module-level __getattr__ answers attribute access, getattr()
# with a default, hasattr() and `from m import name` for missing names.
import sys
import types
import typing

sys.path.insert(0, __file__.rsplit("/", 1)[0] + "/_getattr_helpers")
import lazymod

print(lazymod.lazy_one, lazymod.lazy_one, lazymod._loaded)
from lazymod import lazy_two
print(lazy_two, lazymod._loaded)
print(getattr(lazymod, "other", "default"), hasattr(lazymod, "lazy_x"), hasattr(lazymod, "nope"))
try:
    lazymod.nope
except AttributeError as e:
    print("AttributeError", e)
try:
    from lazymod import missing
except ImportError as e:
    print("ImportError", e.args[0].split(" (")[0])

m = types.ModuleType("m")
m.__getattr__ = lambda name: name * 2
print(m.ab, getattr(m, "q", "dflt"))

print(typing.Pattern, typing.Match, typing.Pattern[str], typing.get_origin(typing.Match[bytes]))
from typing import Pattern
print(Pattern is typing.Pattern)
