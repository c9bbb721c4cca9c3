# math: CPython's error types and texts for bad domains, overflow and
# argument types.
import math
cases = [
    (math.sqrt, (-1,)), (math.log, (0,)), (math.log, (-5,)), (math.log, (10, 1)),
    (math.log, (10, 0)), (math.exp, (1000,)), (math.pow, (0, -1)), (math.pow, (-8, 1 / 3)),
    (math.pow, (10, 400)), (math.fmod, (1, 0)), (math.ldexp, (1.0, 5000)), (math.acos, (2,)),
    (math.acosh, (0.5,)), (math.atanh, (1,)), (math.gamma, (0,)), (math.gamma, (-3,)),
    (math.lgamma, (-2,)), (math.cosh, (1000,)), (math.tan, (math.inf,)), (math.sqrt, ("x",)),
    (math.floor, ("x",)), (math.floor, (math.inf,)), (math.ceil, (math.nan,)), (math.trunc, ("x",)),
    (math.sqrt, ()), (math.sqrt, (1, 2)), (math.pow, (1,)), (math.log, ()), (math.factorial, (-1,)),
    (math.factorial, (2.5,)), (math.comb, (-1, 2)), (math.perm, (3, -1)), (math.isqrt, (-4,)),
    (math.gcd, (1.5,)), (math.fsum, ([1e308, 1e308],)), (math.fsum, ([math.inf, -math.inf],)),
    (math.dist, ([1], [1, 2])), (math.ldexp, (1.0, 2.0)), (math.sqrt, (10 ** 400,)),
    (math.remainder, (1, 0)), (math.log1p, (-1,)),
]
for fn, args in cases:
    try:
        print(fn.__name__, args, "->", fn(*args))
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as e:
        print(fn.__name__, args, "!!", type(e).__name__, e)
try:
    math.isclose(1, 2, rel_tol=-1)
except ValueError as e:
    print(e)
try:
    math.prod([1, 2], 3)
except TypeError as e:
    print(e)
