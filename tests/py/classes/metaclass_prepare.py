# __prepare__: the namespace a class body runs in, with the class keywords.
class Recorder(dict):
    def __init__(self):
        super().__init__()
        self.order = []
    def __setitem__(self, key, value):
        self.order.append(key)
        super().__setitem__(key, value)
    def __getitem__(self, key):
        if key == "magic":
            return 99
        return super().__getitem__(key)

class OrderedMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", mcls.__name__, name, kw)
        return Recorder()
    def __new__(mcls, name, bases, ns, **kw):
        print("order", [k for k in ns.order if not k.startswith("__")])
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.members = [k for k in ns.order if not k.startswith("__")]
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)

class C(metaclass=OrderedMeta, flavour="x"):
    b = 1
    a = 2
    def m(self):
        return "m"
    seen = magic
    del a
print(C.members, C.seen, hasattr(C, "a"), C().m())

class Injecting(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return {"helper": lambda: "helped"}
class D(metaclass=Injecting):
    value = helper()
print(D.value, D.helper())

class Bad(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 42
try:
    class E(metaclass=Bad):
        pass
except TypeError as e:
    print("TypeError:", e)

print(type.__prepare__("X", ()), type(type.__prepare__()))
try:
    class F(metaclass=type, extra=1):
        pass
except TypeError as e:
    print("TypeError:", e)
