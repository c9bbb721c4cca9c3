class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", mcls.__name__, name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith('__')), kw)
        cls = super().__new__(mcls, name, bases, ns)
        cls.tag = name.lower()
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name, kw)
        super().__init__(name, bases, ns)
    def __call__(cls, *a, **k):
        print("Meta.__call__", cls.__name__, a, k)
        return super().__call__(*a, **k)
    def hello(cls):
        return "hello from " + cls.__name__
    @property
    def upper(cls):
        return cls.__name__.upper()

class A(metaclass=Meta):
    x = 1
    def __init__(self, v=0):
        self.v = v

class B(A, flag=True):
    pass

print(type(A) is Meta, type(B) is Meta, isinstance(A, Meta), isinstance(A, type))
print(A.tag, B.tag, A.hello(), B.upper)
a = B(5)
print(a.v, type(a).__name__)
print(type(Meta), Meta.__mro__)
print(repr(A), repr(Meta))
X = Meta("X", (), {"y": 2})
print(X.y, type(X).__name__)
print(hasattr(A(), 'hello'))
try:
    A().hello()
except AttributeError as e:
    print(e)
