import sys
print(sys.argv, repr(sys.path[0]), __name__, "__file__" in globals())
def f():
    raise ValueError("from stdin")
f()
