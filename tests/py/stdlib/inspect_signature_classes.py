# signature() of dataclasses, NamedTuple/namedtuple classes, metaclass __call__,
# inherited __init__, lru_cache wrappers and callable instances.
import inspect, dataclasses, typing, collections, functools, abc, enum
@dataclasses.dataclass
class P:
    x: int
    y: float = 0.0
    tags: list = dataclasses.field(default_factory=list)
    _: dataclasses.KW_ONLY
    k: str = "a"
print(inspect.signature(P))
class NT(typing.NamedTuple):
    a: int
    b: str = "x"
print(inspect.signature(NT))
Pt = collections.namedtuple("Pt", "x y")
print(inspect.signature(Pt))
class Meta(type):
    def __call__(cls, a, b=2):
        return super().__call__()
class WithMeta(metaclass=Meta):
    pass
print(inspect.signature(WithMeta))
class Base(abc.ABC):
    def __init__(self, q, *, r=1): pass
class Sub(Base): pass
print(inspect.signature(Sub))
@functools.lru_cache
def cached(a, b=1): pass
print(inspect.signature(cached))
class Call:
    def __call__(self, z, *rest): pass
print(inspect.signature(Call()))
print(inspect.signature(Call.__call__))
async def agen(): yield
print(inspect.isasyncgenfunction(agen), inspect.signature(agen))
print(inspect.signature(lambda self, /, x=[1], *, y={"a": 1}: 0))
print(inspect.signature(P.__init__))
