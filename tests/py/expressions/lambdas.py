# Lambda expressions.
square = lambda x: x * x
print(square(7))
add = lambda a, b=10: a + b
print(add(1), add(1, 2), add(b=5, a=1))
print((lambda *args, **kw: (args, sorted(kw.items())))(1, 2, z=3, y=4))
print((lambda: "no args")())
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
pairs = [(1, "one"), (3, "three"), (2, "two")]
print(sorted(pairs, key=lambda p: p[1]))
print(list(map(lambda x: x + 1, [1, 2, 3])))
print(list(filter(lambda x: x % 2, range(10))))
adders = [lambda x, n=n: x + n for n in range(3)]
print([f(10) for f in adders])
late = [lambda x: x + n for n in range(3)]
print([f(10) for f in late])
compose = lambda f, g: lambda x: f(g(x))
print(compose(str, square)(12) + "!")
print((lambda x, /, y, *, z: x + y + z)(1, 2, z=3))
print(square.__name__)
