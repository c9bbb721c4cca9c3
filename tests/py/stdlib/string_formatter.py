# string.Formatter: CPython's parse() pieces and errors, get_field's name
# splitting, automatic/manual numbering, and overridable steps.
import string
F = string.Formatter()
for s in ['a{{b', 'a}}b', '{}', '{0!r}', '{0:>{1}}x', 'x{a.b[1]!s:^{w}.{p}}y{{z}}', '', '{{', '}}', '{:}', '{!r}', 'a{0}', '{0[}', '{0[a]b}', '{a{b}', '{!}', '{0!rr}', '{0!', '{', '}', 'a{b', '{0:{1:{2}}}', '{[]}', '{a.}', '{0]}', '{0:}}', '{0:{}', '{0!r:}', 'plain text', '{0}{1}', 'é{x}ü', '{a[b]c}', '{0!}', '{!:}']:
    try: print(repr(s), list(F.parse(s)))
    except Exception as e: print(repr(s), type(e).__name__, e)
for s in ['a', '0', 'a.b[0][x].c', '', '1.real', 'a[', 'a.', 'a[0]b', 'a[]', '00', '-1', 'a[-1]']:
    try:
        print(repr(s), F.get_field(s, (10, 3+4j), {'a': {'b': [{'x': 5}]}, '': 1, '-1': 'm', '00': 0})[0] if s not in ('a.b[0][x].c',) else 'skip')
    except Exception as e: print(repr(s), type(e).__name__, e)
print(F.format("{0} {1!r:>8} {name:^9} {0:{w}.{p}f}", 3.14159, 'hi', name='bob', w=10, p=2))
print(F.format("{} and {}", 1, 2), F.vformat("{x[0]}-{y.real}", (), {'x': [7], 'y': 2j}))
for bad in ["{} {0}", "{0} {}", "{0!x}", "{:{:{:{}}}}", "{5}", "{nope}"]:
    try: print(F.format(bad, 1, 2))
    except Exception as e: print(bad, type(e).__name__, e)
class Upper(string.Formatter):
    def format_field(self, value, spec): return super().format_field(value, spec).upper()
    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs: return '<' + key + '>'
        return super().get_value(key, args, kwargs)
print(Upper().format("{a} {b!r} {0}", 'x', a='hello'))
class Strict(string.Formatter):
    def check_unused_args(self, used, args, kwargs):
        extra = set(kwargs) - used
        if extra: raise KeyError(sorted(extra))
try: Strict().format("{a}", a=1, b=2, c=3)
except KeyError as e: print("unused", e)
