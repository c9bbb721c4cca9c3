# An error inside eval'd code: the traceback shows File "<string>".
def inner():
    return eval("1 +\n  (2 / 0)")
def outer():
    exec("inner()")
outer()
