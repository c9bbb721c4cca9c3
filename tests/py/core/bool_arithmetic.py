# bool is a subclass of int.
print(True + True, True * 10, False - True, -True, ~True, ~False)
print(True / 2, True // 2, True % 2, True ** 5)
print(sum([True, True, False, True]))
print(True == 1, False == 0, True is not False, False is not None)
print(isinstance(True, int), issubclass(bool, int), type(True + 0).__name__)
print(bool(0), bool(1), bool(-1), bool(0.0), bool(""), bool("0"), bool([]), bool([0]))
print(int(True), float(False), str(True), repr(False))
print([1, 2, 3][True], "ab"[False])
d = {1: "one", True: "true"}
print(d)
print(True and 5, False or 0, not 0, not "")
