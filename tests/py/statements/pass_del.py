# pass and del.
def nothing():
    pass
print(nothing())
class Empty:
    pass
if True:
    pass
for _ in range(2):
    pass
x = 1
del x
try:
    x
except NameError as e:
    print(e)
lst = list(range(6))
del lst[0]
del lst[-1]
print(lst)
del lst[1:3]
print(lst)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
a, b = 1, 2
del a, b
print("a" in dir(), "b" in dir())
class O:
    pass
o = O()
o.v = 1
o.w = 2
del o.v
print(hasattr(o, "v"), o.w)
try:
    del d["zzz"]
except KeyError as e:
    print("KeyError", e)
m = [[1, 2], [3]]
del m[0][1], m[1]
print(m)
