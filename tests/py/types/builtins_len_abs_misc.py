# len/abs/repr/str/bool on many types and their errors.
for v in ["abc", [1, 2], (1,), {1: 2}, {1, 2, 3}, range(5), "", b"xy", frozenset()]:
    print(repr(v), len(v))
print(abs(-5), abs(5), abs(-2.5), abs(True), abs(-(2 ** 70)))
print(repr(None), str(None), repr(...), repr(NotImplemented))
print(callable(len), callable(5), callable(lambda: 1))
try:
    len(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    len(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    abs("x")
except TypeError as e:
    print(type(e).__name__, e)
