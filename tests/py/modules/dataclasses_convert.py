# dataclasses: asdict/astuple factories on nested values, hashing rules, replace errors, Field repr.
from dataclasses import dataclass, field, fields, asdict, astuple, replace, InitVar
from collections import namedtuple

Pair = namedtuple('Pair', 'a b')


@dataclass
class Leaf:
    v: int


@dataclass
class Tree:
    name: str
    kids: list = field(default_factory=list)
    extra: dict = field(default_factory=dict)


t = Tree('root', [Leaf(1), Leaf(2)], {'k': Leaf(3)})
print(asdict(t))
print(astuple(t))
print(astuple(t, tuple_factory=list))
print(asdict(t, dict_factory=lambda pairs: sorted(pairs)))
print(asdict(Tree('p', [Pair(Leaf(4), 5)])))


@dataclass(frozen=True)
class FH:
    a: int
    b: int = field(compare=False)


@dataclass(eq=True)
class Unhashable:
    a: int


@dataclass(unsafe_hash=True)
class UH:
    a: int
    b: int = field(hash=False)


print(hash(FH(1, 2)) == hash((1,)), Unhashable.__hash__, hash(UH(1, 2)) == hash((1,)))
print(FH.__hash__.__qualname__, UH.__hash__.__qualname__)

try:
    @dataclass(unsafe_hash=True)
    class Explicit:
        a: int

        def __hash__(self):
            return 0
except TypeError as e:
    print('TypeError:', e)


@dataclass
class WithInit:
    a: int
    b: int = field(init=False, default=0)
    c: InitVar[int] = None


try:
    replace(WithInit(1), b=3)
except ValueError as e:
    print('ValueError:', e)


@dataclass
class NeedsInitVar:
    a: int
    c: InitVar[int]

    def __post_init__(self, c):
        self.a += c


try:
    replace(NeedsInitVar(1, 2))
except ValueError as e:
    print('ValueError:', e)
print(replace(NeedsInitVar(1, 2), c=10))

f = fields(Tree)[1]
r = repr(f)
print(r[:r.index('default=')], r[r.index('default_factory='):])
try:
    astuple(Leaf)
except TypeError as e:
    print('TypeError:', e)
