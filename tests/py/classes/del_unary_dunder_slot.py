# Deleting a unary/conversion dunder from a class reverts its slot: -x then
# raises TypeError (or uses the base's), as in CPython.
class N:
    def __neg__(self): return "neg"
    def __abs__(self): return "abs"
    def __index__(self): return 3
n = N()
print(-n, abs(n), [0, 1, 2, 3][n])
del N.__neg__
del N.__abs__
for f in (lambda: -n, lambda: abs(n)):
    try:
        print(f())
    except TypeError as e:
        print("TypeError", e)
del N.__index__
try:
    [1][n]
except TypeError as e:
    print("TypeError", e)
class I(int):
    def __neg__(self): return "mine"
i = I(5)
print(-i)
del I.__neg__
print(-i)
class B:
    def __neg__(self): return "base"
class D(B):
    def __neg__(self): return "derived"
d = D()
print(-d)
del D.__neg__
print(-d)
