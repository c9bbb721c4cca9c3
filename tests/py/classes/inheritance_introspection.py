# Inheritance and introspection: counters, cooperative super, MRO errors, metaclass repr, name mangling, method objects.
class Shape:
    count = 0
    def __init__(self, name):
        self.name = name
        Shape.count += 1
        type(self).instances = getattr(type(self), "instances", 0) + 1
    def area(self): raise NotImplementedError("subclass must implement")
    def __str__(self): return f"{self.__class__.__name__}({self.name}) area={self.area():.2f}"
class Circle(Shape):
    def __init__(self, r): super().__init__("circle"); self.r = r
    def area(self): return 3.14159 * self.r ** 2
class Sq(Shape):
    def __init__(self, s): super(Sq, self).__init__("sq"); self.s = s
    def area(self): return self.s ** 2
shapes = [Circle(1), Sq(2), Circle(0.5)]
for s in shapes: print(s)
print(Shape.count, Circle.instances, Sq.instances, sum(s.area() for s in shapes))
try: Shape("x").area()
except NotImplementedError as e: print("NIE", e)
print(vars(shapes[1]), shapes[0].__dict__, Circle.__bases__, Circle.__base__.__name__)
print(getattr(shapes[0], "r"), getattr(shapes[0], "zz", None), hasattr(Sq, "area"), setattr(shapes[0], "r", 3), shapes[0].r)
delattr(shapes[0], "r"); print(hasattr(shapes[0], "r"))
class A:
    def who(self): return "A"
class B(A):
    def who(self): return "B>" + super().who()
class C(A):
    def who(self): return "C>" + super().who()
class D(B, C):
    def who(self): return "D>" + super().who()
print(D().who(), D.mro() == list(D.__mro__), [k.__name__ for k in D.mro()])
try:
    class X(A, B): pass
except TypeError as e: print("TypeError:", e)
class Meta(type):
    def __repr__(cls): return f"<cls {cls.__name__}>"
class WithMeta(metaclass=Meta): pass
print(WithMeta, [WithMeta], str(WithMeta))
print(isinstance(True, int), issubclass(bool, int), type(True).__mro__, bool.__base__)
print(object.__subclasshook__(int), type.__instancecheck__(int, 1))
class Cls:
    attr = "class"
    def __init__(self): self.attr = "inst"
c = Cls(); print(c.attr, Cls.attr, type(c).attr); del c.attr; print(c.attr)
class P:
    def __init__(self): self.__priv = 1; self._prot = 2
    def get(self): return self.__priv
p = P(); print(p.get(), p._P__priv, sorted(vars(p)))
try: p.__priv
except AttributeError as e: print("AE", e)
print(type(print).__name__, type(len), type(P.get), type(p.get), type(Cls.__init__).__name__, type(lambda: 0).__name__)
print(P.get.__name__, p.get.__self__ is p, p.get.__func__ is P.get)
