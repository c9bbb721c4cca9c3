# A metaclass's __instancecheck__ / __subclasscheck__ drive isinstance/issubclass.
class Even(type):
    def __instancecheck__(cls, inst):
        print("check", type(inst).__name__)
        return isinstance(inst, int) and inst % 2 == 0
    def __subclasscheck__(cls, sub):
        return sub in (int, bool)

class E(metaclass=Even):
    pass

print(isinstance(4, E), isinstance(3, E), isinstance("x", E))
print(isinstance(E(), E))  # exact type: no hook call
print(issubclass(int, E), issubclass(str, E), issubclass(bool, E), issubclass(E, E))
print(isinstance(4, (str, E)), issubclass(bool, (str, E)))

class Duck(type):
    def __instancecheck__(cls, inst):
        return hasattr(inst, "quack")
    def __subclasscheck__(cls, sub):
        return hasattr(sub, "quack")
class Quacker(metaclass=Duck):
    pass
class Mallard:
    def quack(self):
        return "quack"
print(isinstance(Mallard(), Quacker), isinstance(1, Quacker), issubclass(Mallard, Quacker))
print(issubclass(Quacker, object), isinstance(Quacker, Duck))

class Plain(type):
    pass
class P(metaclass=Plain):
    pass
class Q(P):
    pass
print(isinstance(Q(), P), issubclass(Q, P), issubclass(P, Q))
print(type.__instancecheck__(int, 3), type.__subclasscheck__(int, bool))

class Anything(type):
    def __subclasscheck__(cls, sub):
        return True
class A(metaclass=Anything):
    pass
print(issubclass(5, A))
for bad in [lambda: issubclass(5, int), lambda: issubclass(int, 5), lambda: isinstance(1, 5)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
