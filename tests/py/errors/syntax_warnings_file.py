# SyntaxWarnings for the script itself come on stderr before it runs, each
# with its source line, in CPython's compile order (class bodies before
# their bases, comprehension bodies before their outer iterable).
x = 5
print("start", x is 5, x is not "a", 5 is x, x is ())
def f():
    assert (x, "msg")
    return (1, 2)(3) if x is None else [1][None] if False else 0
print(f())
class K(dict if x is 7 else object):
    v = "s"[1.5] if x is None else 0
print([y for y in [1, 2] if y is 2.0], [1, 2] [0], (
    x is -1))
print("\d", x is None, x is True, x is ..., x is not False)
