# getdoc and cleandoc: indentation removal, tabs, blank lines, inherited
# docstrings of methods and classes.
import inspect

def f():
    """Summary line.

        Indented more.
    Back to margin.

    """
def nodoc(): pass
class Base:
    """Base docs."""
    def run(self):
        """Run it."""
class Child(Base):
    def run(self):
        pass
print(repr(inspect.getdoc(f)))
print(repr(inspect.getdoc(nodoc)))
print(repr(inspect.getdoc(Base.run)), repr(inspect.getdoc(Child().run)), repr(inspect.getdoc(Child.run)))
print(repr(inspect.getdoc(Child)))
print(repr(inspect.cleandoc("   first\n\t  second\n      third\n\n")))
print(repr(inspect.cleandoc("\n\n  a\n    b\n  c")))
print(repr(inspect.cleandoc("")))
print(repr(inspect.cleandoc("one line  ")))
print(repr(inspect.getdoc(Child())))
