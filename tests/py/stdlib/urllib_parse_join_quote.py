# urllib.parse: urljoin (RFC 3986 examples and CPython's quirks), quoting
# and unquoting, urlencode, parse_qs and parse_qsl.
from urllib.parse import (urljoin, quote, quote_plus, unquote, unquote_plus,
                          quote_from_bytes, unquote_to_bytes, urlencode,
                          parse_qs, parse_qsl)

base = 'http://a/b/c/d;p?q'
for rel in ['g:h', 'g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s',
            'g?y#s', ';x', 'g;x', 'g;x?y#s', '', '.', './', '..', '../', '../g',
            '../..', '../../', '../../g', '../../../g', '../../../../g', '/./g',
            '/../g', 'g.', '.g', 'g..', '..g', './../g', './g/.', 'g/./h',
            'g/../h', 'g;x=1/./y', 'g;x=1/../y', 'g?y/./x', 'g?y/../x', 'g#s/./x',
            'g#s/../x', 'http:g', 'http:', 'https:g', 'a//b', './/g']:
    print(repr(rel), urljoin(base, rel))
print(urljoin('http://a/b/', 'c'), urljoin('http://a/b', 'c'), urljoin('http://a', 'c'))
print(urljoin('http://a/b/c', '../../../..'), urljoin('http://a/b/c/', '..'))
print(urljoin('', 'x'), urljoin('http://a/', ''), urljoin('mailto:a@b', 'c'))
print(urljoin('http://a/b#f', '#g'), urljoin('http://a/b?q', '#g'))
print(urljoin('file:///tmp/x', 'y'), urljoin('svn+ssh://h/a/b', '../c'))
print(urljoin('http://a/b', 'http://c/d'), urljoin('http://a/b', '//c/d'))
print(urljoin('http://a/b/c', 'd#e', allow_fragments=False))
print(urljoin(b'http://a/b/c', b'../d'))
try:
    urljoin('http://a', b'x')
except TypeError as e:
    print('TypeError', e)

for s in ['abc def', 'a/b/c', 'é~ü', '', '!*()\'";:@&=+$,/?#[]', '\x00\x7f', 'a%b']:
    print(repr(s), quote(s), quote(s, safe=''), quote_plus(s), quote_plus(s, safe='/+'))
print(quote('abc', safe=b'b'), quote(b'a b\xff'), quote(bytearray(b'x y')))
print(quote('é', encoding='latin-1'), quote('é€', encoding='latin-1', errors='replace'))
print(quote('a b', safe='é '), quote_plus(b'a b+c'), quote_plus(b'a b', safe=b'/'))
print(quote_from_bytes(b'/a b?'), quote_from_bytes(b'/a b', safe=''), quote_from_bytes(b''))
for bad in [lambda: quote(123), lambda: quote(b'x', encoding='utf-8'),
            lambda: quote(b'x', errors='strict'), lambda: quote_from_bytes('s')]:
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)
try:
    quote('€', encoding='latin-1')
except UnicodeEncodeError as e:
    print('UnicodeEncodeError', e)

for s in ['abc%20def', '%7e/abc+def', '%E9', '%C3%A9', '%c3%a9é%C3', '%', '%2', '%zz', '%%41',
          'no escapes', '%e2%82%ac%', '%F0%9F%98%80']:
    print(repr(s), repr(unquote(s)), repr(unquote_plus(s)), unquote_to_bytes(s))
print(repr(unquote('%E9', encoding='latin-1')), repr(unquote('%E9', errors='ignore')))
print(repr(unquote(b'a%20b')), unquote_to_bytes(b'%41%4'), unquote_to_bytes(''))
try:
    unquote('%E9', errors='strict')
except UnicodeDecodeError as e:
    print('UnicodeDecodeError', e)
try:
    unquote(None)
except TypeError as e:
    print('TypeError', e)

print(urlencode({'a': 1, 'b': 'x y', 'c': 'é&='}))
print(urlencode([('a', 1), ('a', 2), (b'k', b'v v')]))
print(urlencode({'l': [1, 2, 'x'], 's': 'str', 'n': 5}, doseq=True))
print(urlencode({'l': [1, 2]}), urlencode({'t': ('a', 'b')}, doseq=True))
print(urlencode({'p': '/a b'}, safe='/'), urlencode({'p': 'a b'}, quote_via=quote))
print(urlencode({'e': 'é'}, encoding='latin-1'), urlencode({}), urlencode([]))
for bad in ['abc', [1, 2], 5]:
    try:
        urlencode(bad)
    except TypeError as e:
        print('TypeError', e, type(e.__cause__).__name__)

for qs in ['a=1&b=2&a=3', 'a=1;b=2', 'a&b=&c=3', 'x=%20y+z&%C3%A9=%E9', '', '&&', 'a=b=c', '=v']:
    print(repr(qs), parse_qsl(qs), parse_qsl(qs, keep_blank_values=True), parse_qs(qs),
          parse_qs(qs, keep_blank_values=True))
print(parse_qsl('a=1;b=2', separator=';'), parse_qsl(b'a=1&b=x+y'), parse_qs(b'k=v&k=w'))
print(parse_qsl('e=%E9', encoding='latin-1'), parse_qsl('e=%E9', errors='ignore'))
for args, kw in [(('a=1&b',), {'strict_parsing': True}), (('a=1&&b=2',), {'strict_parsing': True}),
                 (('a=1&b=2',), {'max_num_fields': 1}), (('a=1',), {'separator': ''}),
                 (('a=1',), {'separator': None})]:
    try:
        print(parse_qsl(*args, **kw))
    except ValueError as e:
        print('ValueError', e)
print(parse_qsl('a=1&b=2', max_num_fields=2), parse_qsl('', max_num_fields=0))
