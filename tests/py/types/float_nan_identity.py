nan = float("nan")
print([nan] == [nan], [float("nan")] == [float("nan")], nan == nan, nan is nan)
a = float("nan"); b = float("nan")
print(a is b, a == a, a != a, [a] != [b], (a,) == (a,), {a: 1}[a], a in [a], b in [a])
print(repr(-nan), str(float("-nan")), nan + 1, -nan, abs(nan))
d = {a: 1, b: 2}
print(len(d), d[a], d[b], len({a, b, a}))
import math
print(math.nan is math.nan, math.isnan(nan), [math.nan] == [math.nan], math.nan == math.nan)
x = float("inf") * 0
print(x, x == x, [x, 1] < [x, 2])
print(sorted([3.0, 1.0, 2.0]), max(nan, 1), min(1, nan))
