# Built-in iterators expose __next__/__iter__/__length_hint__; views and iterators are registered types.
it = iter([1, 2, 3])
print(it.__next__(), next(it), it.__iter__() is it, it.__length_hint__())
print(type(it).__name__, hasattr(it, "__next__"))
d = {"a": 1, "b": 2}
ki = iter(d)
print(ki.__next__(), type(ki).__name__, ki.__length_hint__())
print(iter(d.values()).__next__(), iter(d.items()).__next__())
ri = iter(range(3))
print(ri.__next__(), type(ri).__name__)
def g():
    yield 1
    yield 2
gen = g()
print(gen.__next__(), gen.__iter__() is gen, next(gen))
try:
    gen.__next__()
except StopIteration:
    print("StopIteration")
print(iter("ab").__next__(), iter((1, 2)).__next__(), iter({5}).__next__())
print(d.keys().__len__(), d.keys().__contains__("a"), list(d.keys().__iter__()))
try:
    len(iter([1, 2]))
except TypeError as e:
    print("TypeError:", e)
for bad in (lambda: hash(d.keys()), lambda: hash(d.items()), lambda: hash([]), lambda: hash({})):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
print(hash(d.values()) is not None, list.__hash__, dict.__hash__, set.__hash__)
z = zip([1, 2], "ab")
print(z.__next__(), z.__iter__() is z)
m = map(str, [1])
print(m.__next__())
e = enumerate("x")
print(e.__next__())
