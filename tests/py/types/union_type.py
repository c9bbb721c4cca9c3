# PEP 604 unions: `int | None` builds a types.UnionType usable in annotations and isinstance.
import types
import typing
from dataclasses import dataclass

u = int | None
print(u, type(u), u.__args__, u.__parameters__, int | str | None, (int | str) | (bytes | int), int | int)
print(list[int] | None, None | int, type(None) | int, dict[str, int] | list[int])
print(isinstance(3, int | str), isinstance(None, int | None), isinstance(2.0, int | str), issubclass(bool, int | str))
print(isinstance(1, int | list[int]), isinstance('s', (int | bytes, str)))
print(int | str == str | int, hash(int | str) == hash(str | int), (int | str) == (int | bytes), type(u) is types.UnionType)
print((int | str) != (str | int), {int | str: 1}[str | int])


class A:
    pass


print(A | None, typing.List[int] | None, int | typing.List[str], typing.Optional[int] | str)
print(typing.Union[int | str, bytes], typing.Optional[int | str], typing.Union[int, str] == (int | str))
print(typing.get_args(int | str), typing.get_origin(int | str))


def f(x: int | None = None) -> list[int] | None:
    pass


print(f.__annotations__)


@dataclass
class Rec:
    name: str | None = None
    tags: list[str] | None = None


print(Rec(), Rec.__doc__)

for bad in (lambda: int | 'str', lambda: 3 | int, lambda: int | 3, lambda: issubclass(1, int | str)):
    try:
        print(bad())
    except TypeError as e:
        print('TypeError:', e)
