# set and frozenset repr and behaviour.
print(set(), {1}, {1, 2, 3}, set([3, 3, 1]), set(range(5)))
print(frozenset(), frozenset({1, 2}), frozenset([2, 2]))
f = frozenset({1, 2, 3})
print(f | {4}, type(f | {4}).__name__, {4} | f, type({4} | f).__name__)
print(f & {1}, f - {1}, hash(f) == hash(frozenset([3, 2, 1])))
d = {f: "frozen"}
print(d[frozenset([1, 2, 3])])
print({frozenset({1}), frozenset({1})})
print(f == {1, 2, 3}, set() == frozenset())
try:
    f.add(4)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    hash({1})
except TypeError as e:
    print(type(e).__name__, e)
print(sorted({5, -1, 3}), {x % 3 for x in range(10)})
