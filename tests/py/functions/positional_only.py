# Positional-only parameters.
def pos(a, b, /, c, *, d):
    return a, b, c, d
print(pos(1, 2, 3, d=4))
print(pos(1, 2, c=3, d=4))
try:
    pos(1, b=2, c=3, d=4)
except TypeError as e:
    print(e)
def pos_default(x, y=5, /):
    return x + y
print(pos_default(1), pos_default(1, 1))
def name_reuse(name, /, **kwargs):
    return name, kwargs
print(name_reuse("positional", name="keyword"))
def only_slash(a, /):
    return a * 2
print(only_slash(21))
try:
    only_slash(a=1)
except TypeError as e:
    print(e)
