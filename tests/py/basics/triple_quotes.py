# Triple-quoted strings span lines and keep embedded quotes.
doc = """First line
  second line with "quotes" and 'apostrophes'
third"""
print(doc)
print(len(doc.splitlines()))
s = '''It's a "triple" single-quoted string'''
print(s)
e = """"""
print(repr(e))
q = """ends with quote\""""
print(q)
c = """line\
 joined"""
print(c)
raw = r"""raw \n stays
literal"""
print(raw)
def f():
    """Docstring of f."""
    return 1
print(f.__doc__)
print(repr("""a
b
"""))
