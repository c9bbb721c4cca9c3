# pop and popitem.
d = {"a": 1, "b": 2, "c": 3}
print(d.pop("b"), d)
print(d.pop("x", "default"), d.pop("x", None))
print(d.popitem(), d)
print(d.popitem(), d)
try:
    d.popitem()
except KeyError as e:
    print(type(e).__name__, e)
try:
    d.pop("missing")
except KeyError as e:
    print(type(e).__name__, e)
