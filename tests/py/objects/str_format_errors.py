tests = ["{0!", "{0!r", "{0:", "{0:{", "{0:{}}", "{:{}}", "{0[a]b}", "{0[a].b}", "{0.__class__.__name__}", "{a.b[", "{0]}", "{{{0}}}", "}}{{", "{0!é}", "{0!\t}", "{0:{1:{2}}}", "{:{:{}}}", "{0:>{1}}", "ab{0}cd{0!r:>8}ef", "é{0}ü", "{0[0]}", "{0[10]}", "{99999999999999999999999}", "{0:{1}{2}}", "{}{}{}", "{ }", "{0 }", "{a b}", "{0}}", "{{0}"]
class O:
    b = "attr"
    def __repr__(self): return "O()"
    def __getitem__(self, k): return ('item', k)
for t in tests:
    for a, k in [(('xy', 5, 'd'), {}), ((O(),), {'a': O(), ' ': 'sp', 'a b': 'ab'})]:
        try:
            print(repr(t), repr(t.format(*a, **k)))
        except Exception as e:
            print(repr(t), type(e).__name__, e)
for t in ["{}", "{0}", "{a}", "{a[x]}", "{a.real}"]:
    try:
        print(t.format_map({'a': 2}))
    except Exception as e:
        print(type(e).__name__, e)
try:
    "x".format_map()
except TypeError as e:
    print(e)
try:
    "x".format_map(1, 2)
except TypeError as e:
    print(e)
print("{x}".format(**{'x': 1}), "{0}{1}".format(*'ab'))
print("{!r:^9}".format(None), "{:08.3f}".format(-3.14159), "{0:b} {0:o} {0:#x} {0:X}".format(255))
print("{0:%Y}".format(type('T', (), {'__format__': lambda s, f: 'T' + f})()))
