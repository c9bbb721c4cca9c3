# typing: special forms and subscripted aliases of builtin/abc classes, with CPython's reprs.
from typing import (Any, NoReturn, ClassVar, Final, Literal, Optional, Union, List, Dict, Set,
                    FrozenSet, Tuple, Type, Callable, Iterable, Iterator, Generator, AsyncIterator,
                    AsyncIterable, AsyncGenerator, Awaitable, Coroutine, Sequence, Mapping,
                    MutableMapping, Annotated, Deque, DefaultDict, get_origin, get_args, cast)
import typing

print(Any, NoReturn, ClassVar[int], Final[int], Literal[1, 'a'], Literal[1, 1, 2])
print(Optional[int], Optional[List[int]], Union[int, str], Union[int, str, None])
print(Optional[Union[int, str]], Union[int], Union[int, int, str], Union[int, Union[str, bytes]])
print(List, List[int], Dict[str, List[int]], Set[int], FrozenSet[str], Type[int])
print(Callable, Callable[[int, str], bool], Callable[..., int], Callable[[], int])
print(Tuple, Tuple[int, ...], Tuple[()], Tuple[int, str])
print(Iterable[int], Iterator, Generator[int, None, None], Sequence[int], Mapping[str, int], MutableMapping)
print(AsyncIterator[int], AsyncIterable, AsyncGenerator[int, None], Awaitable[int], Coroutine[Any, Any, int])
print(Deque[int], DefaultDict[str, int], Annotated[int, 'meta'], List['Foo'])
print(List[int] | None, Optional[int] | str)

print(List[int].__origin__, List[int].__args__, Dict[str, int].__args__)
print(get_origin(List[int]), get_origin(Union[int, str]), get_origin(int), get_origin(Annotated[int, 1]))
print(get_args(Dict[str, int]), get_args(Callable[[int], str]), get_args(int), get_args(Annotated[int, 'x']))
print(Union[int, str] == Union[str, int], Optional[int] == Union[None, int], List[int] == List[int])
print(hash(Optional[int]) == hash(Union[None, int]), List[int] != List[str], Literal[True] == Literal[1])
print(isinstance([], List), isinstance({}, Dict), isinstance((), Sequence), issubclass(list, Iterable))
print(isinstance(3, Union[int, str]), isinstance(3.0, Optional[int]))
print(cast(int, 'x'), cast(List[int], None), typing.TYPE_CHECKING, typing.Text)

for bad in (lambda: List[int, str], lambda: Dict[int], lambda: isinstance([], List[int]),
            lambda: List(), lambda: Union[int, str](), lambda: Optional[int, str],
            lambda: isinstance(1, Any), lambda: List[int][str], lambda: Union[()]):
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)
