# 10,000,000 method calls on instances: a plain method, one reading and
# writing an attribute, and a method inherited from a base class.
class Base:
    def scale(self, x):
        return x * self.k


class Counter(Base):
    def __init__(self, k):
        self.k = k
        self.n = 0

    def step(self, x):
        return x + 1

    def bump(self, x):
        self.n = (self.n + x) & 0xFFFF
        return self.n


def main():
    objs = [Counter(k) for k in range(1, 5)]
    total = 0
    for i in range(2500000):
        c = objs[i & 3]
        total = (total + c.step(i) + c.bump(i) + c.scale(i & 15)) & 0xFFFFFFF
        total ^= c.step(total) & 7
    return total


print(main())
