# `@` between objects without __matmul__ is a TypeError, also for ints and floats.
for a, b in [(1, 2), (1.5, 2.0), ("a", "b"), ([1], [2]), (1, 2.0)]:
    try:
        print(a @ b)
    except TypeError as e:
        print("TypeError:", e)
x = 3
try:
    x @= 4
except TypeError as e:
    print("TypeError:", e)
class M:
    def __matmul__(self, o):
        return "M@" + repr(o)
    def __rmatmul__(self, o):
        return repr(o) + "@M"
print(M() @ 1, 1 @ M())
