# abc: abstract methods block instantiation, register(), __subclasshook__, cache token.
import abc
from abc import ABC, ABCMeta, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def perimeter(self): ...
    def describe(self):
        return f"{type(self).__name__} area={self.area()}"
try:
    Shape()
except TypeError as e:
    print(e)
class Half(Shape):
    def area(self): return 1
try:
    Half()
except TypeError as e:
    print(e)
class Sq(Half):
    def perimeter(self): return 4
print(Sq().describe(), sorted(Shape.__abstractmethods__), Sq.__abstractmethods__)
class P(ABC):
    @property
    @abstractmethod
    def name(self): ...
    @classmethod
    @abstractmethod
    def make(cls): ...
    @staticmethod
    @abstractmethod
    def util(): ...
print(sorted(P.__abstractmethods__))
class Drawable(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Drawable:
            return any("draw" in B.__dict__ for B in C.__mro__) or NotImplemented
        return NotImplemented
class Circle:
    def draw(self): pass
print(issubclass(Circle, Drawable), isinstance(Circle(), Drawable), isinstance(1, Drawable))
class Reg(ABC): pass
Reg.register(int)
@Reg.register
class Other: pass
print(isinstance(3, Reg), issubclass(bool, Reg), isinstance("s", Reg), issubclass(Other, Reg), Other.__name__)
class SubReg(Reg): pass
SubReg.register(str)
print(isinstance("s", Reg), issubclass(str, SubReg), issubclass(int, SubReg))
tok = abc.get_cache_token()
Reg.register(float)
print(abc.get_cache_token() - tok, isinstance(1.5, Reg))
try:
    Reg.register(5)
except TypeError as e: print(e)
try:
    Reg.register(object)
except RuntimeError as e: print(e)
print(type(ABC), ABC.__module__, ABCMeta.__name__, Shape.__class__)
print([x for x in dir(Sq) if 'abc' in x])
try:
    int.__abstractmethods__
except AttributeError as e: print("AE", e)
class E(ABC):
    @abstractmethod
    def f(self): ...
E.f = lambda self: 1
abc.update_abstractmethods(E)
print(E().f())
class AC(abc.ABC):
    @abc.abstractclassmethod
    def k(cls): ...
print(AC.__abstractmethods__)
