# An uncaught SyntaxError from exec() prints its line from the text attribute.
def f():
    exec("y = 1\nx = (1,")
f()
