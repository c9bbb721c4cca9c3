# Instance attributes kept inline (per-class shared keys) and the switch to
# a real __dict__: different assignment orders, deletion, __dict__ taken and
# mutated both ways, vars(), many attributes, subclasses, __class__ changes,
# setattr/getattr with computed names, and class attributes shadowed.


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y


a = P(1, 2)
b = P(3, 4)
print(a.x, a.y, b.x, b.y, vars(a), vars(b))

# A third attribute on one instance only.
a.z = 5
print(a.__dict__, b.__dict__, hasattr(b, "z"))
c = P(7, 8)
print(c.__dict__, getattr(c, "z", "no z"))

# Deletion, then re-adding (order follows CPython's dict).
d = P(1, 2)
del d.x
print(d.__dict__)
try:
    d.x
except AttributeError as e:
    print("AttributeError:", e)
d.x = 10
print(d.__dict__, d.x)
try:
    del d.nothere
except AttributeError as e:
    print("AttributeError:", e)
e = P(1, 2)
try:
    del e.nothere
except AttributeError as e2:
    print("AttributeError:", e2)
print(e.__dict__)

# __dict__ identity and mutation visible both ways.
f = P(3, 4)
fd = f.__dict__
print(fd is f.__dict__, fd is vars(f))
fd["w"] = 9
print(f.w)
f.x = 33
print(fd["x"], fd)
del fd["y"]
print(hasattr(f, "y"), fd)
f.__dict__ = {"q": 1}
print(vars(f), hasattr(f, "x"), f.q)
f.r = 2
print(f.__dict__)


# Different orders across instances of one class.
class Q:
    pass


q1 = Q()
q1.a = 1
q1.b = 2
q2 = Q()
q2.b = 3
q2.a = 4
q3 = Q()
q3.a = 5
q3.c = 6
q4 = Q()
q4.a = 7
q4.b = 8
q4.c = 9
for q in (q1, q2, q3, q4):
    print(vars(q), [k for k in q.__dict__])


# Many attributes: past any inline capacity.
class Many:
    def __init__(self, n):
        for i in range(n):
            setattr(self, "a%d" % i, i * i)


m1 = Many(3)
m2 = Many(40)
m3 = Many(50)
print(m1.__dict__)
print(len(vars(m2)), m2.a39, m3.a49, list(vars(m3))[:3], list(vars(m3))[-2:])
total = 0
for i in range(50):
    total += getattr(m3, "a" + str(i))
print(total)


# Subclasses adding attributes; a base __init__ filling a subclass instance.
class Base:
    def __init__(self):
        self.a = 1
        self.b = 2


class Derived(Base):
    def __init__(self):
        super().__init__()
        self.c = 3


class Derived2(Base):
    def __init__(self):
        self.c = 0
        super().__init__()


for obj in (Base(), Derived(), Derived2(), Derived(), Derived2()):
    print(type(obj).__name__, vars(obj), obj.a + obj.b)


# __class__ assignment between classes with different attribute layouts.
class L1:
    def __init__(self):
        self.p = 1
        self.q = 2

    def show(self):
        return "L1 %r" % (vars(self),)


class L2:
    def __init__(self):
        self.q = 10
        self.p = 20
        self.r = 30

    def show(self):
        return "L2 %r" % (vars(self),)


o = L1()
o.__class__ = L2
print(o.show(), o.p, o.q)
o.r = 5
print(o.show())
o.__class__ = L1
print(o.show(), o.r)
n = L2()
print(n.show(), L1().show())


# Class attributes, properties and data descriptors shadowing.
class S:
    k = "class k"

    def __init__(self):
        self.v = 1

    @property
    def prop(self):
        return "prop"

    def meth(self):
        return "meth"


s = S()
print(s.k, s.prop, s.meth())
s.k = "inst k"
s.meth = lambda: "shadowed"
print(s.k, S.k, s.meth(), sorted(vars(s)))
try:
    s.prop = 1
except AttributeError as e:
    print("AttributeError:", e)
del s.k
print(s.k, sorted(vars(s)))
S.v = "class v"
print(s.v, S().v)


# Overridden __setattr__ / __getattribute__ still see the attributes.
class Logged:
    def __init__(self):
        self.a = 1
        self.b = 2

    def __setattr__(self, name, value):
        object.__setattr__(self, name, value * 10)


class Watched:
    def __init__(self):
        self.a = 1

    def __getattribute__(self, name):
        if name == "magic":
            return 42
        return object.__getattribute__(self, name)


lg = Logged()
lg.c = 3
print(vars(lg))
w = Watched()
print(w.a, w.magic, vars(w))

# copy, dir, getstate, computed names.
import copy

c1 = P(5, 6)
c2 = copy.copy(c1)
c3 = copy.deepcopy(c1)
c2.x = 50
print(vars(c1), vars(c2), vars(c3))
print([n for n in dir(c1) if not n.startswith("__")])
print(c1.__getstate__())
name = "".join(["x", "y", "z"])
setattr(c1, name, "computed")
print(getattr(c1, "xyz"), c1.xyz, vars(c1))
print(P(0, 0).__getstate__(), Q().__getstate__())


# Instances of built-in subclasses keep working.
class MyList(list):
    def __init__(self, *a):
        super().__init__(*a)
        self.tag = "t"


class MyInt(int):
    pass


class MyExc(Exception):
    def __init__(self, msg):
        super().__init__(msg)
        self.extra = 1


ml = MyList([1, 2])
ml.more = 3
mi = MyInt(5)
mi.note = "five"
me = MyExc("boom")
print(ml, vars(ml), mi + 1, vars(mi), me.args, vars(me))


# __slots__ classes and a slots class with __dict__.
class Slotted:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = 1
        self.b = 2


class SlottedDict:
    __slots__ = ("a", "__dict__")

    def __init__(self):
        self.a = 1
        self.b = 2


sl = Slotted()
try:
    sl.c = 3
except AttributeError as e:
    print("AttributeError:", e)
sd = SlottedDict()
sd.c = 3
print(sl.a + sl.b, sd.a, vars(sd))


# Many instances under GC pressure keep their values.
class Node:
    def __init__(self, v, nxt):
        self.v = v
        self.nxt = nxt


head = None
for i in range(3000):
    head = Node([i], head)
    if i % 7 == 0:
        head.extra = str(i)
count = 0
s = 0
x = head
while x is not None:
    count += 1
    s += x.v[0]
    if hasattr(x, "extra"):
        s += int(x.extra)
    x = x.nxt
print(count, s)
