# isinstance with tuples and type(x).__name__.
values = [1, 1.5, "s", b"b", [1], (1,), {1: 2}, {1}, frozenset(), None, True, range(2), len, lambda: 0]
for v in values:
    print(type(v).__name__, isinstance(v, (int, float)), isinstance(v, (list, tuple)), isinstance(v, object))
print(isinstance(True, int), isinstance(1, bool), type(True) is bool, type(1) is int)
print(isinstance(3, (str, (bytes, (int,)))))
print(issubclass(bool, int), issubclass(int, (str, object)), type(type).__name__, type(int).__name__)
try:
    isinstance(1, "int")
except TypeError as e:
    print(type(e).__name__, e)
