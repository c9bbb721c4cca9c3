# operator.itemgetter / attrgetter / methodcaller: calls, reprs, dotted
# attributes, several items at once, use as sort keys.
from operator import itemgetter, attrgetter, methodcaller
rows = [("bob", 3, 9.5), ("alice", 3, 7.0), ("carl", 1, 8.25)]
print(sorted(rows, key=itemgetter(1)), sorted(rows, key=itemgetter(1, 0)))
print(itemgetter(0)(rows), itemgetter(-1, 0)("abc"), itemgetter("k")({"k": "v"}), itemgetter(slice(1, 3))("abcd"))
print(itemgetter(1), itemgetter("a", "b"), repr(itemgetter(slice(None))))


class Node:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child

    def greet(self, greeting, punct="!"):
        return f"{greeting}, {self.name}{punct}"


tree = Node("root", Node("leaf"))
print(attrgetter("name")(tree), attrgetter("child.name")(tree), attrgetter("name", "child.name")(tree))
print(attrgetter("name"), attrgetter("a.b", "c"))
print(sorted([Node("b"), Node("a")], key=attrgetter("name"))[0].name)
print(methodcaller("greet", "Hi")(tree), methodcaller("greet", "Yo", punct="?")(tree))
print(methodcaller("upper"), methodcaller("greet", "Hi", punct="."), methodcaller("split", ","))
print(list(map(methodcaller("strip"), [" a ", "b  "])))
for make in (lambda: attrgetter(1), lambda: methodcaller(5)):
    try:
        make()
    except TypeError as e:
        print(e)
try:
    attrgetter("nope")(tree)
except AttributeError as e:
    print(e)
try:
    itemgetter(5)([1])
except IndexError as e:
    print(e)
