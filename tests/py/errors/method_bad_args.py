# Methods of built-in types given bad arguments: CPython's exact messages,
# and which argument is checked first (start/end before the needle, the
# errors handler's type before the codec lookup).
cases = [
    '"abc".find("a", "b")', '"abc".count("a", None, "x")', '"abc".startswith("a", "b")',
    '"abc".index("c", 2**70)', '"abc".find("c", -2**70)', '"abc".rfind("a", 0, 2**70)',
    'b"abc".find(b"a", "b")', 'b"abc".count("a", "b")', 'b"abc".index(b"c", -2**70)',
    'bytearray(b"ab").rfind(2**70, "x")', '[1, 2].index(2, None)', '[1, 2].index(2, "a")',
    '(1, 2).index(2, -2**70, 2**70)', '(1,).index(1, 1.5)',
    '"abc".center(9, 1)', '"abc".ljust(9, "xy")', '"abc".rjust(9, None)',
    '"abc".removeprefix(1)', '"abc".removesuffix(None)', '"abc".encode("a", 1)',
    '"abc".encode(1, "strict")', 'b"abc".decode("nope", 1)', '"abc".encode("nope")',
    '"a\\nb".splitlines(None)', '"a\\nb".splitlines(2)', '"a\\nb".splitlines(keepends="x")',
    '{1}.isdisjoint()', '{1}.issubset(1, 2)', 'frozenset().issuperset()',
    '{1}.symmetric_difference()', '(5).conjugate(1)', '(2.5).conjugate(None)',
    'b"abc".translate()', 'b"abc".translate(table=None)', 'b"abc".translate(None, delete=b"a")',
]
for c in cases:
    try:
        print(c, '=>', repr(eval(c)))
    except Exception as e:
        print(c, '->', type(e).__name__, e)
