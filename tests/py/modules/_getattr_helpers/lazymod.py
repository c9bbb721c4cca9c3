import sys

_loaded = []


def __getattr__(name):
    if name.startswith("lazy_"):
        _loaded.append(name)
        value = name.upper()
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
