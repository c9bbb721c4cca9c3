# Attribute lookups that the interpreter caches per instruction must follow
# every change: class attributes rebound or deleted, methods monkey-patched,
# instance attributes shadowing methods, properties added later, __class__
# of different types at one site, and setattr/delattr/vars.
class A:
    kind = "a"

    def who(self):
        return "A.who"


class B(A):
    pass


def read(o):
    return o.kind


def call(o):
    return o.who()


a, b = A(), B()
for step in range(3):
    print(read(a), read(b), call(a), call(b))
    if step == 0:
        A.kind = "a2"
        A.who = lambda self: "patched"
    elif step == 1:
        b.kind = "own"
        b.who = lambda: "instance attr"
del A.kind
try:
    read(a)
except AttributeError as e:
    print("AttributeError:", e)
print(read(b))
del b.kind
try:
    read(b)
except AttributeError as e:
    print("AttributeError:", e)


class P:
    def __init__(self):
        self.x = 1


def getx(o):
    return o.x


p = P()
print(getx(p))
P.x = property(lambda self: "from property")
print(getx(p))
del P.x
print(getx(p))


class Q:
    x = "class x"


print([getx(o) for o in (p, Q(), P(), Q())])


def setx(o, v):
    o.x = v


for o in (P(), Q(), P()):
    setx(o, 5)
    print(vars(o))
setattr(p, "x", 9)
print(getx(p), vars(p))
delattr(p, "x")
print(vars(p))
setx(p, 10)
print(getx(p), p.__dict__)


class Slotted:
    def __setattr__(self, name, value):
        object.__setattr__(self, name, value * 2)

    def __getattr__(self, name):
        return "missing " + name


s = Slotted()
for o in (P(), s):
    setx(o, 21)
    print(getx(o))
print(s.nothing)


class Counter:
    count = 0

    def bump(self):
        Counter.count += 1
        return Counter.count


c = Counter()
print([c.bump() for _ in range(3)], c.count)
