# One attribute-access site seeing instances of a class whose attributes
# are inline and instances already switched to a dict, names the class
# learns after the site cached its lookup, and methods shadowed later.


class C:
    def __init__(self, a):
        self.a = a

    def m(self):
        return "method"


def read_a(o):
    return o.a


def read_b(o):
    return getattr(o, "b", "-") if not hasattr(o, "b") else o.b


def call_m(o):
    return o.m()


def set_b(o, v):
    o.b = v


objs = [C(i) for i in range(6)]
print([read_b(o) for o in objs])  # caches "b absent" while C knows only "a"
set_b(objs[1], "one")              # C learns "b"
print([read_b(o) for o in objs])
vars(objs[2])                      # objs[2] now has a real dict
set_b(objs[2], "two")
del objs[3].a                      # objs[3] too
set_b(objs[3], "three")
print([read_b(o) for o in objs])
print([getattr(o, "a", None) for o in objs])
for o in objs:
    try:
        print(read_a(o), end=" ")
    except AttributeError as e:
        print("[%s]" % e, end=" ")
print()

# A method shadowed by an instance attribute, inline and in dict mode.
print([call_m(o) for o in objs])
objs[4].m = lambda: "inline shadow"
objs[2].m = lambda: "dict shadow"
print([call_m(o) for o in objs])
del objs[4].m
print([call_m(o) for o in objs])

# The class changes under the cached sites.
C.b = "class b"
print([read_b(o) for o in objs])
C.m = lambda self: "patched"
print([call_m(o) for o in objs])
C.a = property(lambda self: "prop a")
print([read_a(o) for o in objs])
del C.a
print([getattr(o, "a", "gone") for o in objs])


# Many objects built in a loop, read and rewritten in another.
class V:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, o):
        return V(self.x + o.x, self.y + o.y, self.z + o.z)


acc = V(0, 0, 0)
vs = [V(i, 2 * i, 3 * i) for i in range(400)]
for i, v in enumerate(vs):
    if i % 100 == 0:
        v.w = i
    if i % 250 == 0:
        v.__dict__["x"] = 0
    acc = acc + v
print(acc.x, acc.y, acc.z, sum(getattr(v, "w", 0) for v in vs))
vs[5].y = -1
print(vs[5].__dict__, vs[100].__dict__, vs[250].__dict__)
