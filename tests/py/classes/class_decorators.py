# Decorators applied to classes.
registry = {}
def register(cls):
    registry[cls.__name__] = cls
    return cls
def add_greeting(greeting):
    def deco(cls):
        cls.greet = lambda self: greeting + " from " + type(self).__name__
        return cls
    return deco
@register
@add_greeting("hi")
class Robot:
    pass
@register
class Human:
    def greet(self):
        return "hello"
print(sorted(registry))
print(Robot().greet(), Human().greet())
def singleton(cls):
    instances = {}
    def get(*args):
        if cls not in instances:
            instances[cls] = cls(*args)
        return instances[cls]
    return get
@singleton
class Config:
    def __init__(self, value):
        self.value = value
c1 = Config(1)
c2 = Config(2)
print(c1 is c2, c1.value)
def auto_repr(cls):
    def __repr__(self):
        fields = ", ".join("%s=%r" % kv for kv in vars(self).items())
        return "%s(%s)" % (type(self).__name__, fields)
    cls.__repr__ = __repr__
    return cls
@auto_repr
class Point:
    def __init__(self, x, y=0):
        self.x = x
        self.y = y
p = Point(3)
print(p, repr(Point(1, 2)), [Point(0)])
from functools import total_ordering
@total_ordering
class Version:
    def __init__(self, n):
        self.n = n
    def __eq__(self, o):
        return self.n == o.n
    def __lt__(self, o):
        return self.n < o.n
print(Version(1) <= Version(2), Version(3) >= Version(4), Version(2) > Version(1))
