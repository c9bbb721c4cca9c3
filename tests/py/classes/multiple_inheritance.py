# Multiple inheritance and the C3 MRO with cooperative super().
class A:
    def who(self):
        return ["A"]
class B(A):
    def who(self):
        return ["B"] + super().who()
class C(A):
    def who(self):
        return ["C"] + super().who()
class D(B, C):
    def who(self):
        return ["D"] + super().who()
print(D().who())
print([k.__name__ for k in D.__mro__])
class Mixin:
    def describe(self):
        return "I am " + self.name
class Named:
    def __init__(self, name):
        self.name = name
class Thing(Mixin, Named):
    pass
print(Thing("widget").describe())
class X:
    v = "X"
class Y:
    v = "Y"
class Z(Y, X):
    pass
print(Z.v, Z().v)
try:
    class Bad(A, B):
        pass
except TypeError as e:
    print("TypeError:", e)
