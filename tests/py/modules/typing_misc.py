# typing: abc aliases with isinstance, generic classes with hints, ParamSpec, IntEnum in json, dataclass ordering.
import json, typing, dataclasses
from typing import Iterable, Callable, Sequence, Iterator, Generator, Hashable, Sized, Awaitable
from enum import IntEnum, Enum
def gen(): yield 1
print(isinstance(gen(), Iterable), isinstance(gen(), Generator), isinstance(len, Callable), isinstance((1,), Sequence), isinstance(iter([]), Iterator), isinstance(1, Hashable), isinstance([], Sized))
class N(IntEnum):
    A = 1
print(json.dumps({'a': N.A}), json.dumps([N.A]))
@dataclasses.dataclass
class C:
    a: int
    b: int = dataclasses.field(init=False)
    def __post_init__(self): self.b = self.a * 2
print(C(2), dataclasses.asdict(C(3)))
@dataclasses.dataclass(order=True)
class V:
    major: int
    minor: int = 0
print(sorted([V(1, 2), V(1), V(0, 5)]), max(V(1), V(2)), V(1) <= V(1))
class Color(Enum):
    RED = 'r'
print(f'{Color.RED!r:>20}|{Color.RED.value:^5}|', Color.RED.name.lower())
T = typing.TypeVar('T', bound='Comparable')
print(T.__bound__, typing.Self, typing.Literal['a'] == typing.Literal['a'])
print(typing.get_type_hints(lambda x: x), typing.Optional[typing.Callable[[int], None]])
class Stack(typing.Generic[T]):
    def __init__(self) -> None:
        self.items: typing.List[T] = []
    def push(self, item: T) -> None: self.items.append(item)
s = Stack[int](); s.push(1); print(s.items, typing.get_type_hints(Stack.push))
P = typing.ParamSpec('P'); print(P, P.args, typing.Callable[P, int], typing.Concatenate[int, P])
print(typing.Dict, typing.Dict[str, 'int'], typing.Type['C'])
print(typing.get_args(typing.Callable[P, int]), typing.get_args(typing.Callable[[int, str], None]), typing.get_args(typing.Callable[..., int]))
