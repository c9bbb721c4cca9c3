# Star and double-star unpacking inside display literals.
a = [1, 2]
b = (3, 4)
print([*a, *b, 5], (*a, *b), (*a,), [*range(3)])
print({*a, *b}, {*"aab"} == {"a", "b"})
d1 = {"x": 1, "y": 2}
d2 = {"y": 20, "z": 30}
print({**d1, **d2}, {**d2, **d1}, {"w": 0, **d1, "x": 100})
print([*"hi", *[], *{}])
print(*a, *b)
first, *middle, last = [*a, *b, 6]
print(first, middle, last)
print(dict(**d1, q=1))
nested = [*[*a, *[*b]]]
print(nested)
print({**{}}, [*()], (*[],))
