# getattr_static (instance dict, data and non-data descriptors, properties,
# __getattr__ ignored, metaclass attributes), member/getset descriptors,
# getmodulename.
import inspect, types
class Meta(type):
    meta_attr = "from meta"
class D:
    def __get__(self, o, t=None): return "computed"
    def __set__(self, o, v): pass
class ND:
    def __get__(self, o, t=None): return "nd computed"
class A(metaclass=Meta):
    cls_attr = 1
    d = D()
    nd = ND()
    @property
    def p(self): return 1/0
    def __getattr__(self, n): return "dynamic " + n
class S:
    __slots__ = ("slot",)
a = A()
a.__dict__["d"] = "shadowed?"
a.__dict__["nd"] = "instance wins"
a.inst = 5
for name in ("cls_attr", "d", "nd", "p", "inst", "missing"):
    v = inspect.getattr_static(a, name, "<default>")
    print(name, type(v).__name__, v if isinstance(v, (int, str)) else "")
print(inspect.getattr_static(A, "meta_attr"), type(inspect.getattr_static(A, "p")).__name__)
try:
    inspect.getattr_static(a, "nope")
except AttributeError as e:
    print("AttributeError", e)
print(inspect.ismemberdescriptor(S.__dict__["slot"]), inspect.isgetsetdescriptor(S.__dict__["slot"]),
      inspect.isgetsetdescriptor(types.FunctionType.__dict__["__code__"]), inspect.ismemberdescriptor(A.d))
print(inspect.getmodulename("/a/b/mod.py"), inspect.getmodulename("x.txt"), inspect.getmodulename("pkg/c.pyc"))
print(type(inspect.getattr_static(S(), "slot")).__name__, inspect.getattr_static(3, "real") is int.__dict__["real"])
