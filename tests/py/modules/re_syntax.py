# re: literals, escapes, classes, anchors, quantifiers
import re

cases = [
    (r'a', 'xay'), (r'a+', 'baaa'), (r'\d+', 'ab 123 4'), (r'\w+', 'héllo wörld'),
    (r'\s+', 'a \t\nb'), (r'[a-c]+', 'xxabcabd'), (r'[^a-c]+', 'abcxyz'), (r'\.', 'a.b'),
    (r'^abc$', 'abc'), (r'\Aab', 'abab'), (r'ab\Z', 'abab'), (r'a.c', 'a\nc abc'),
    (r'[\d\s]+', '1 2x'), (r'[]a]+', 'x]a]'), (r'[a\-z]+', 'b-az'), (r'[-a]+', '-a'),
    (r'\x41\u00e9\101', 'zAéA'), (r'\t\n', 'a\t\nb'), (r'\\', 'a\\b'),
    (r'a{2}', 'aaa'), (r'a{2,}', 'aaaa'), (r'a{1,2}', 'aaa'), (r'a{,2}', 'aaa'),
    (r'a{2,3}?', 'aaaa'), (r'a*?b', 'aaab'), (r'a+?', 'aaa'), (r'a??b', 'ab'),
    (r'x{', 'x{'), (r'x{a}', 'x{a}'), (r'\W+', 'a!!b'), (r'\D+', '12ab3'), (r'\S+', '  ab '),
    (r'\bfoo\b', 'a foo b'), (r'\Bfoo', 'afoo foo'), (r'colou?r', 'the colour red'),
    (r'[\w.-]+@[\w.-]+', 'mail: a.b-c@d.org!'), (r'a|b|c', 'xc'), (r'', 'abc'),
]
for pat, s in cases:
    m = re.search(pat, s)
    print(repr(pat), repr(s), m, m and m.span())
print(re.match(r'\d', '٣'), re.match(r'(?a)\d', '٣'))
print(re.fullmatch(r'a|ab', 'ab'), re.fullmatch(r'a*', 'aab'))
print(re.search(r'$', 'abc\n').span(), re.search(r'a$', 'a\n'), re.search(r'a\Z', 'a\n'))
print(re.match('(a*)*b', 'a' * 16))
print(re.match('x*y', 'x' * 100000))
print(re.search('(?:x|y)*z', 'xy' * 50000 + 'z').span())
print(len(re.findall('.', 'ab' * 500)), len(re.findall('a', 'b' * 100000 + 'a' * 3)))
