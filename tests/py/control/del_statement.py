# del of names, items, slices and attributes.
x = 1
del x
try:
    print(x)
except NameError as e:
    print(type(e).__name__, e)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
lst = list(range(8))
del lst[1], lst[1]
print(lst)
del lst[::2]
print(lst)
a, b = 1, 2
del a, b
try:
    a
except NameError as e:
    print(type(e).__name__, e)
def f():
    pass
f.attr = 1
del f.attr
print(hasattr(f, "attr"))
try:
    del d["zz"]
except KeyError as e:
    print(type(e).__name__, e)
