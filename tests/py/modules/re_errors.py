# re: re.error messages and positions for bad patterns
import re

pats = ['(a', 'a)', '*', 'a**', r'\q', '[a', '[z-a]', '(?<x)', '(?x', '(?P<1>a)',
        '(?P=x)', r'(a)\2', '(?<=a+)b', 'a{3,2}', '(?P<a>x)(?P<a>y)', '(?z)', '(?',
        'a\n(b', '(?i', '(?P<a', '\\', '[]', 'x{2}{3}', '(?<!a|bb)', r'\x1', r'[\q]',
        r'\1', 'a(?i)b', r'(a\1)', '(?P<>a)', '(?P', '(?P<a>a)(?P=b)', r'\777',
        r'[\8]', '(?#abc', '(?(1)a|b)', '(?(x)a)', '(?i-i:a)', '(?-i)', '^*', 'a|*',
        '(*)', 'a{2}*', r'[\d-z]', '(?<=a(?=b)c)', '\n\n  (']
for p in pats:
    try:
        re.compile(p)
        print(repr(p), 'ok')
    except re.error as e:
        print(repr(p), '->', e, '|', e.msg, e.pos, e.lineno, e.colno, e.pattern == p)
print(issubclass(re.error, Exception), re.error.__name__, re.error.__module__)
for args in [('a', 1), ('a', b'a'), (b'a', 'a'), (1, 'a')]:
    try:
        re.match(*args)
    except TypeError as e:
        print('TypeError', e)
try:
    re.compile(re.compile('a'), re.I)
except ValueError as e:
    print('ValueError', e)
try:
    re.match('(a)', 'a').group(2)
except IndexError as e:
    print('IndexError', e)
try:
    re.compile('(')
except re.error as e:
    print(type(e).__name__, str(e))
