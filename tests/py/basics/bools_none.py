# Truthiness, bool, None.
values = [0, 1, -1, 0.0, 0.5, "", "a", [], [0], {}, {"k": 0}, (), None, True, False]
for v in values:
    print(repr(v), bool(v))
print(None is None, None == None, type(None))
print(True and 3, 0 or "x", not None)
print(isinstance(True, int), True == 1, False == 0)
print(str(True), repr(False), int(False))
print(all([1, 2, 3]), all([1, 0]), any([0, 0]), any([0, 1]), all([]), any([]))
