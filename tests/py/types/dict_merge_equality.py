# | merge, |= update and equality.
a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print(a | b, b | a)
c = dict(a)
c |= b
print(c)
c |= [("w", 0)]
print(c)
print({"a": 1, "b": 2} == {"b": 2, "a": 1}, {"a": 1} == {"a": 1.0}, {"a": 1} != {"a": 2})
print({1: [1, 2]} == {1: [1, 2]}, {} == dict())
print({**a, **b}, {**a, "y": 0}, dict(**a))
try:
    a | [("k", 1)]
except TypeError as e:
    print(type(e).__name__, e)
