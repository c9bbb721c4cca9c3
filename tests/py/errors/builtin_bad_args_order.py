# Builtins given bad arguments raise CPython's exact error, including which
# problem is reported first (positional count, missing required argument,
# then unknown keywords; argument types before the operation runs).
cases = [
    'sum(iterable=[1])', 'sum(start=1)', 'sum([1], 2, 3)', 'sum(1, "a")', 'sum([], "a")',
    'round()', 'round(x=1)', 'round("a", "b")', 'round(1.5, "x")', 'round(2, "x")',
    'pow("2", x=1)', 'pow(2, base=16)', 'pow("abc", 1, 2)', 'pow(2.0, 3, 5)', 'pow(1j, 2, 3)',
    'pow(2, 1j, 3)', 'pow(2, 3, 5.0)', 'pow(2, 3, "x")', 'pow(2, 3.0, 1j)',
    'enumerate()', 'enumerate(x=1)', 'enumerate(start=2)', 'enumerate([], 1, 2)',
    'list(enumerate(iterable="ab", start=2))',
    'zip(x=1)', 'zip(strict=1, x=2)', 'max(x=1)', 'min(key=len)', 'max(1, 2, x=3)',
    'min([], default=1, key=None, x=1)',
    'bytes(1, 2)', 'bytes("a", 1)', 'bytes(None, None)', 'bytes([], "utf-8")', 'bytes(2**70)',
    'bytearray(2**70)', 'bytearray("a", None)', 'str(b"a", None)', 'str(1, 2)',
    'hasattr(1, 2)', 'setattr(1, 2, 3)', 'delattr(1, 2)', 'getattr(1, 2)',
    'format(1, None)', 'float(b"ab")', 'float(bytearray(b"x"))', 'float(b"1.5")',
    'staticmethod()', 'classmethod(1, 2)', 'super(1, 2, 3)', 'reversed()', 'reversed(1, 2)',
    'import math; math.prod(iterable=[1])', '"abc".replace(None, "x")', 'compile("1", "f", None)',
]
for c in cases:
    try:
        if c.startswith('import'):
            exec(c)
            print(c, '=> ok')
        else:
            print(c, '=>', repr(eval(c)))
    except Exception as e:
        print(c, '->', type(e).__name__, e)
