# Slice assignment, including extended slices.
a = list(range(10))
a[2:5] = ["a", "b"]
print(a)
a[:0] = [-1]
print(a)
a[len(a):] = [100, 101]
print(a)
a[1:3] = []
print(a)
b = list(range(10))
b[::2] = "ABCDE"
print(b)
b[::-3] = [0, 0, 0, 0]
print(b)
c = [1, 2, 3]
c[1:2] = range(5)
print(c)
try:
    b[::2] = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
try:
    c[0:1] = 5
except TypeError as e:
    print(type(e).__name__, e)
