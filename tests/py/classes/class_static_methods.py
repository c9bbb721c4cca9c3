# classmethod and staticmethod, class attributes vs instance attributes.
class Counter:
    instances = 0
    def __init__(self):
        Counter.instances += 1
        self.id = Counter.instances
    @classmethod
    def create_many(cls, n):
        return [cls() for _ in range(n)]
    @classmethod
    def how_many(cls):
        return cls.instances
    @staticmethod
    def helper(x, y):
        return x * y
class SubCounter(Counter):
    pass
items = Counter.create_many(3)
print([i.id for i in items], Counter.how_many())
s = SubCounter.create_many(2)
print(type(s[0]).__name__, SubCounter.how_many(), Counter.instances)
print(Counter.helper(3, 4), items[0].helper(5, 6))
class Shared:
    tags = []
    def __init__(self, tag):
        self.tags.append(tag)
x, y = Shared("a"), Shared("b")
print(x.tags, Shared.tags, x.tags is y.tags)
class Shadow:
    value = "class"
sh = Shadow()
sh.value = "instance"
print(sh.value, Shadow.value)
del sh.value
print(sh.value)
class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
    @classmethod
    def parse(cls, text):
        return cls(*map(int, text.split("-")))
    def __repr__(self):
        return "Date(%d, %d, %d)" % (self.y, self.m, self.d)
print(Date.parse("2024-02-29"))
