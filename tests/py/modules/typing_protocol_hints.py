# typing: Protocol/runtime_checkable, overload, get_type_hints, final and friends.
from typing import (Protocol, runtime_checkable, overload, get_type_hints, List, Optional,
                    ClassVar, final, Any, Union, SupportsInt, Annotated)


class Closer(Protocol):
    def close(self): ...


@runtime_checkable
class Sized2(Protocol):
    def size(self): ...


class F:
    def close(self):
        pass

    def size(self):
        return 1


print(isinstance(F(), Sized2), isinstance(1, Sized2), issubclass(F, Sized2), type(Sized2).__name__)
print(Sized2.__mro__, isinstance(3, SupportsInt), isinstance('x', SupportsInt))
for bad in (lambda: isinstance(F(), Closer), lambda: Closer()):
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)


class Impl(Closer):
    def close(self):
        return 'closed'


print(Impl().close())


@overload
def f(x: int) -> int: ...
@overload
def f(x: str) -> str: ...
def f(x):
    return x * 2


print(f(2), f('a'))


@overload
def g(x: int) -> int: ...


try:
    g(1)
except NotImplementedError as e:
    print('NotImplementedError:', e)


def h(a: 'int', b: List['str'], c: Annotated[int, 'm'] = 0) -> None:
    pass


class Base:
    x: ClassVar[int] = 1
    y: 'Optional[int]'


class Child(Base):
    z: 'List[Base]'


print(get_type_hints(h))
print(get_type_hints(h, include_extras=True)['c'])
print(get_type_hints(Child))
print(get_type_hints(F), h.__annotations__)


@final
class Leaf:
    pass


print(Leaf.__final__)
