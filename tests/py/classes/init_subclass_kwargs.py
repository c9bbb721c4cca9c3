# __init_subclass__ with class keywords, through chains and metaclasses.
class Base:
    registry = []
    def __init_subclass__(cls, /, color=None, **kw):
        super().__init_subclass__(**kw)
        cls.color = color
        Base.registry.append((cls.__name__, color))

class Red(Base, color="red"):
    pass
class Plain(Base):
    pass
class DeepRed(Red):
    pass
print(Base.registry, DeepRed.color)

class Tagged:
    def __init_subclass__(cls, *, tag, **kw):
        cls.tag = tag
        super().__init_subclass__(**kw)
class Mixed(Base, Tagged, color="blue", tag="t1"):
    pass
print(Mixed.color, Mixed.tag)

try:
    class Bad(Base, shape="square"):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Missing(Tagged):
        pass
except TypeError as e:
    print("TypeError:", e)

class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("meta new", name, kw)
        return super().__new__(mcls, name, bases, ns, **kw)
class Root(metaclass=Meta):
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw)
class Leaf(Root, level=3):
    pass

class Counter:
    count = 0
    def __init_subclass__(cls):
        Counter.count += 1
X = type("X", (Counter,), {})
Y = type("Y", (X,), {"a": 1})
print(Counter.count, Y.a, X.__module__)
