# dataclasses: InitVar, KW_ONLY, metadata, recursive repr, inheritance errors, make_dataclass.
from dataclasses import dataclass, field, fields, InitVar, KW_ONLY, make_dataclass, replace, asdict
from typing import Optional


@dataclass
class WithInit:
    a: int
    scale: InitVar[int] = 2

    def __post_init__(self, scale):
        self.b = self.a * scale


w = WithInit(3)
print(w, w.b, WithInit(3, 10).b, [f.name for f in fields(w)], WithInit.__init__.__annotations__)
print(replace(w, scale=5).b)


@dataclass
class KW:
    a: int
    _: KW_ONLY
    b: int = 0
    c: str = 'c'


print(KW(1, b=2), KW.__match_args__, KW.__doc__)
try:
    KW(1, 2)
except TypeError as e:
    print('TypeError:', e)


@dataclass
class Meta:
    x: int = field(default=1, metadata={'unit': 'cm'})
    y: Optional[int] = None


print(fields(Meta)[0].metadata['unit'], fields(Meta)[1].type, Meta.__doc__, len(fields(Meta)[1].metadata))


@dataclass
class Node:
    name: str
    children: list = field(default_factory=list)
    parent: 'Node' = field(default=None, repr=False, compare=False)


root = Node('root')
root.children.append(root)
print(root)
print(Node('a') == Node('a'), Node('a', [1]) == Node('a', [2]))


@dataclass(frozen=True)
class F:
    a: int


try:
    @dataclass
    class G(F):
        b: int = 0
except TypeError as e:
    print('TypeError:', e)

try:
    @dataclass(order=True)
    class H:
        a: int

        def __lt__(self, other):
            return True
except TypeError as e:
    print('TypeError:', e)

try:
    @dataclass(unsafe_hash=True)
    class I:
        a: int

        def __hash__(self):
            return 1
except TypeError as e:
    print('TypeError:', e)

try:
    field(default=1, default_factory=list)
except ValueError as e:
    print('ValueError:', e)

try:
    @dataclass
    class J:
        a = field(default=1)
except TypeError as e:
    print('TypeError:', e)

P3 = make_dataclass('P3', ['x', ('y', int), ('z', int, field(default=5))], order=True)
print(P3(1, 2), P3(1, 2) < P3(1, 3), asdict(P3(1, 2)))


@dataclass
class Self:
    self: int


print(Self(self=4))


@dataclass
class Base:
    x: int = 0

    def __post_init__(self):
        print('post_init of', type(self).__name__)


@dataclass
class Derived(Base):
    y: int = 1


print(Derived(5, 6))


class Plain:
    def __eq__(self, other):
        return True


@dataclass(eq=False)
class Keep(Plain):
    a: int


print(Keep(1) == Keep(2), Keep.__hash__)
