"""Docstring first, then the future block."""
from __future__ import annotations, generator_stop
from __future__ import (division)
import __future__
import dataclasses
import typing

# Annotations are stored as strings and never evaluated: undefined names are fine.
def f(x: Undefined, *args: list[Nope], y: int = 3, **kw: dict[str, Later]) -> Missing | None:
    return x

print(f.__annotations__)
print(f(1))

x: SomethingUndefined = 5
y: int
print(__annotations__, x)

class Node:
    left: Node | None
    value: int = 0
    def walk(self) -> typing.Iterator[Node]:
        yield self
print(Node.__annotations__)
print(Node.walk.__annotations__)

@dataclasses.dataclass
class Point:
    x: int
    y: int = 0
    tags: list[str] = dataclasses.field(default_factory=list)

p = Point(1)
print(p, [f.type for f in dataclasses.fields(Point)])

def g():
    local: NotDefinedEither = 1  # local annotations are not evaluated at all
    return local
print(g())

print(annotations, division, generator_stop)
print(annotations is __future__.annotations)
print(__future__.annotations.getOptionalRelease(), __future__.annotations.getMandatoryRelease())
print(__future__.all_feature_names)
print(__future__.CO_FUTURE_ANNOTATIONS, __future__.nested_scopes)
print(typing.get_type_hints(f.__globals__['Point']) if hasattr(typing, 'get_type_hints') else None)
