# Function metadata.
def documented(a, b=2, *args, c, **kw):
    """Docstring here."""
    return a
print(documented.__name__, documented.__doc__)
print(documented.__defaults__, documented.__kwdefaults__)
def undocumented():
    pass
print(undocumented.__doc__)
undocumented.custom = 42
print(undocumented.custom)
print((lambda: 0).__name__, type(documented).__name__)
