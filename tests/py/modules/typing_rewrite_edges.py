# typing edge cases: Generic[...] declared twice, star-import of
# dataclass_transform/clear_overloads, protocol members set to None,
# get_type_hints namespaces, NewType subclassing, nested Annotated.
from typing import *
import functools


def attempt(f):
    try:
        print('ok', f())
    except Exception as e:
        print(type(e).__name__ + ':', e)


T = TypeVar('T')
S = TypeVar('S')


def twice():
    class B(Generic[T], Generic[S]): pass
attempt(twice)


def stray():
    class B(List[S], Generic[T]): pass
attempt(stray)

print(dataclass_transform.__name__, clear_overloads.__name__)


@dataclass_transform(eq_default=False, extra=1)
class Base: pass
print(Base.__dataclass_transform__)


@runtime_checkable
class Closable(Protocol):
    def close(self): ...


class Disabled:
    close = None


class Real:
    def close(self): pass


print(issubclass(Disabled, Closable), issubclass(Real, Closable), isinstance(Disabled(), Closable))
attempt(lambda: issubclass(3, Closable))


class Impl(Closable): pass
print(Impl._is_protocol, Closable._is_protocol, type(Impl()).__name__)

UserId = NewType('UserId', int)
Dotted = NewType('a.b.Name', str)
print(UserId, Dotted, Dotted.__name__, Dotted.__qualname__)


def sub_newtype():
    class Sub(UserId): pass
attempt(sub_newtype)

print(Annotated[Annotated[int, 1], 2], ForwardRef('X', module='m'), ForwardRef('X') == ForwardRef('X'))

int_alias = str


class K:
    x: 'int_alias'
    y: 'List[K]'


print(get_type_hints(K))
print(get_type_hints(K, localns={'K': int}))


def g(a: 'int', b: 'K' = None) -> None: pass


@functools.wraps(g)
def wrapper(*a): pass


print(get_type_hints(wrapper))
attempt(lambda: assert_never('x' * 120))
