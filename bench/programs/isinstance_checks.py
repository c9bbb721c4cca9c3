# isinstance / issubclass checks against user classes (with inheritance),
# built-in types and tuples of types, 24,000,000 checks.
class Shape:
    pass


class Circle(Shape):
    pass


class Square(Shape):
    pass


class Unit(Square):
    pass


def main():
    objs = [Circle(), Square(), Unit(), 3, "s", 2.5, [1], Shape()]
    kinds = (int, float)
    count = 0
    for i in range(3000000):
        o = objs[i & 7]
        if isinstance(o, Shape):
            count += 1
        if isinstance(o, Square):
            count += 2
        if isinstance(o, kinds):
            count += 3
        if isinstance(o, str):
            count += 4
        if isinstance(o, (Circle, Unit)):
            count += 5
        if isinstance(o, list):
            count += 6
        if issubclass(type(o), Shape):
            count += 7
        if isinstance(o, Unit):
            count += 8
    return count


print(main())
