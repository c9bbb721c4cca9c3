# Function annotations, including return annotations.
def area(w: float, h: float = 1.0) -> float:
    return w * h
print(area(3, 4), area(2))
print(area.__annotations__)
def greet(name: "the name", *args: int, key: str = "k", **kw: dict) -> None:
    pass
print(greet.__annotations__)
def nothing():
    pass
print(nothing.__annotations__)
def generic(xs: list[int], m: dict[str, tuple[int, ...]]) -> list[str]:
    return [str(x) for x in xs]
print(generic([1, 2], {}), generic.__annotations__["return"])
lam = lambda x: x
print(lam.__annotations__)
